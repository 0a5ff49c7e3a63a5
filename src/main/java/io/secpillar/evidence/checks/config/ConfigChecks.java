package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The AWS Config checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class ConfigChecks {

    private ConfigChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new ConfigRecorderAllRegionsEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new ConfigCollector());
    }
}
