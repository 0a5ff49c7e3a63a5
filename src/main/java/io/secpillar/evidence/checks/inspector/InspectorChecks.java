package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.Check;

import java.util.List;

/** The Amazon Inspector checks, listed explicitly. */
public final class InspectorChecks {

    private InspectorChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new Inspector2IsEnabled());
    }
}
