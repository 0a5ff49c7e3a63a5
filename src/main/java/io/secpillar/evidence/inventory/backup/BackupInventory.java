package io.secpillar.evidence.inventory.backup;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * AWS Backup in one region: its backup plans and the names of its vaults. Where AWS Backup has no endpoint in the
 * region ({@code offered} false) nothing was asked.
 */
public record BackupInventory(boolean offered, Fetched<List<BackupPlan>> plans, Fetched<List<String>> vaults) {

    public static final String LIST_BACKUP_PLANS = "backup:ListBackupPlans";
    public static final String LIST_BACKUP_VAULTS = "backup:ListBackupVaults";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_BACKUP_PLANS, LIST_BACKUP_VAULTS);

    /** One backup plan as ListBackupPlans describes it; {@code proof} is that description as AWS gave it. */
    public record BackupPlan(String arn, String name, String proof) {
    }
}
