package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Amazon Macie checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class MacieChecks {

    private MacieChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new MacieIsEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new MacieCollector());
    }
}
