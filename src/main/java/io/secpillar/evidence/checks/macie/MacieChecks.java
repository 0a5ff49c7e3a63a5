package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Macie checks, listed explicitly, and the collector of the inventory they read. */
public final class MacieChecks {

    private MacieChecks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
