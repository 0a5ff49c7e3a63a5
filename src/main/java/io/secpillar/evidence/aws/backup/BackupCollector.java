package io.secpillar.evidence.aws.backup;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.backup.BackupInventory;
import io.secpillar.evidence.inventory.backup.BackupInventory.BackupPlan;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;

import static io.secpillar.evidence.inventory.backup.BackupInventory.LIST_BACKUP_PLANS;
import static io.secpillar.evidence.inventory.backup.BackupInventory.LIST_BACKUP_VAULTS;

/** Lists the backup plans and vaults of a region, all pages; regions without an AWS Backup endpoint are skipped. */
public final class BackupCollector implements InventoryCollector<BackupInventory> {

    @Override
    public Class<BackupInventory> type() {
        return BackupInventory.class;
    }

    @Override
    public BackupInventory collect(AwsClients clients, Target target) {
        Region region = Region.of(target.region());
        if (Region.regions().contains(region) && !BackupClient.serviceMetadata().regions().contains(region)) {
            String why = "AWS Backup is not offered in " + target.region();
            return new BackupInventory(false, Fetched.failed(CouldNotAssessReason.ERROR, LIST_BACKUP_PLANS, why),
                    Fetched.failed(CouldNotAssessReason.ERROR, LIST_BACKUP_VAULTS, why));
        }
        BackupClient backup = clients.client(BackupClient.class, target.region());
        return new BackupInventory(true,
                AwsCalls.fetch(LIST_BACKUP_PLANS, () -> backup.listBackupPlansPaginator(r -> { }).backupPlansList()
                        .stream().map(p -> new BackupPlan(p.backupPlanArn(), p.backupPlanName(), p.toString())).toList()),
                AwsCalls.fetch(LIST_BACKUP_VAULTS, () -> backup.listBackupVaultsPaginator(r -> { }).backupVaultList()
                        .stream().map(BackupVaultListMember::backupVaultName).toList()));
    }
}
