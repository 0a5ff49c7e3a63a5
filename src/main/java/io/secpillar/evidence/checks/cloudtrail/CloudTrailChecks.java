package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The CloudTrail checks, listed explicitly, and the collector of the inventory they read. */
public final class CloudTrailChecks {

    private CloudTrailChecks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
