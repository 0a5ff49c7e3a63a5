package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Check;

import java.util.List;

/** The RDS checks, listed explicitly. */
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
}
