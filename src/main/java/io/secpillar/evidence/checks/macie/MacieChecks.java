package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.Check;

import java.util.List;

/** The Amazon Macie checks, listed explicitly. */
public final class MacieChecks {

    private MacieChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new MacieIsEnabled());
    }
}
