package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.rds.RdsInventoryCollector;

import java.util.List;

/** The RDS checks, listed explicitly, and the collector of the inventory they read. */
public final class RdsChecks {

    private RdsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new RdsInstanceStorageEncrypted(),
                new RdsInstanceNoPublicAccess(),
                new RdsInstanceMinorVersionUpgradeEnabled(),
                new RdsSnapshotsPublicAccess());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new RdsInventoryCollector());
    }
}
