package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;

import java.util.List;

/**
 * AWS Backup in one region: its backup plans and vaults. Where AWS Backup has no endpoint in the region
 * ({@code offered} false) nothing was asked.
 */
public record BackupInventory(boolean offered, Fetched<List<BackupPlansListMember>> plans,
                              Fetched<List<BackupVaultListMember>> vaults) {

    static final String LIST_BACKUP_PLANS = "backup:ListBackupPlans";
    static final String LIST_BACKUP_VAULTS = "backup:ListBackupVaults";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_BACKUP_PLANS, LIST_BACKUP_VAULTS);
}
