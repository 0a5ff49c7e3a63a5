package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;

import java.util.List;
import java.util.Map;

/** At least one AWS Backup plan exists in the region, where AWS Backup exists. */
public final class BackupPlansExist implements Check<BackupInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("backup_plans_exist",
            "An AWS Backup plan exists in the region", "backup", Scope.REGIONAL, Severity.LOW,
            BackupInventory.OPERATIONS,
            "Define backup plans (schedule, retention, copy to another account or region) and assign resources "
                    + "by tag, so data lifecycle rules are enforced rather than remembered.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<BackupInventory> inventoryType() {
        return BackupInventory.class;
    }

    @Override
    public List<Finding> evaluate(BackupInventory inventory, Target target) {
        if (!inventory.offered()) {
            return List.of(new Finding(METADATA.id(), Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "AWS Backup is not offered in " + target.region() + ".", Map.of(), ""));
        }
        if (!inventory.plans().isOk()) {
            return List.of(inventory.plans().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        List<BackupPlansListMember> plans = inventory.plans().value();
        String vaults = inventory.vaults().isOk() ? String.valueOf(inventory.vaults().value().size()) : "unknown";
        if (plans.isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "No AWS Backup plan in " + target.region() + " (vaults: " + vaults + ").",
                    Map.of("plans", "0", "vaults", vaults), "ListBackupPlans: []"));
        }
        return List.of(new Finding(METADATA.id(), Status.PASS, target.accountId(), target.region(),
                plans.get(0).backupPlanArn(), plans.size() + " backup plan(s): " + plans.stream()
                .map(BackupPlansListMember::backupPlanName).toList() + ".", Map.of("plans",
                String.valueOf(plans.size()), "vaults", vaults), "ListBackupPlans: " + plans));
    }
}
