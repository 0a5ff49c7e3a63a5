package io.secpillar.watool;

import java.util.Optional;

/** A custom lens in the WA Tool: its ARN (which is also its alias in calls), name and newest published version. */
public record WaLens(String arn, String name, Optional<String> version) {
}
