package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.Check;

import java.util.List;

/** The AWS Backup checks, listed explicitly. */
public final class BackupChecks {

    private BackupChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new BackupPlansExist());
    }
}
