package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The AWS Backup checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class BackupChecks {

    private BackupChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new BackupPlansExist());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new BackupCollector());
    }
}
