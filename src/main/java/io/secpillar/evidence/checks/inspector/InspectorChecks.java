package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Amazon Inspector checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class InspectorChecks {

    private InspectorChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new Inspector2IsEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new InspectorCollector());
    }
}
