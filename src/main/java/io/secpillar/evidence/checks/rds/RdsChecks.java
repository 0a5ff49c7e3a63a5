package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Check;

import java.util.List;

/** The RDS checks, listed explicitly. */
public final class RdsChecks {

    private RdsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new RdsInstance(InstanceSetting.STORAGE_ENCRYPTED),
                new RdsInstance(InstanceSetting.NO_PUBLIC_ACCESS),
                new RdsInstance(InstanceSetting.MINOR_VERSION_UPGRADE_ENABLED),
                new RdsSnapshotsPublicAccess());
    }
}
