package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.backup.BackupInventory;
import io.secpillar.evidence.inventory.backup.BackupInventory.BackupPlan;

import java.util.List;
import java.util.Map;

/** At least one AWS Backup plan exists in the region, where AWS Backup exists. */
public final class BackupPlansExist extends InventoryCheck<BackupInventory> {

    public BackupPlansExist() {
        super(regional("backup_plans_exist", "An AWS Backup plan exists in the region", "backup", Severity.LOW,
                BackupInventory.OPERATIONS, "Define backup plans (schedule, retention, copy to another account or "
                + "region) and assign resources by tag, so data lifecycle rules are enforced rather than remembered."));
    }

    @Override
    public List<Finding> evaluate(BackupInventory inventory, Target target) {
        if (!inventory.offered()) {
            return notOffered("AWS Backup", target);
        }
        String vaults = inventory.vaults().isOk() ? String.valueOf(inventory.vaults().value().size()) : "unknown";
        return fromRead(inventory.plans(), target, plans -> plans.isEmpty()
                ? accountFinding(target, fail("No AWS Backup plan in " + target.region()
                        + " (vaults: " + vaults + ").", Map.of("plans", "0", "vaults", vaults), "ListBackupPlans: []"))
                : List.of(finding(target, plans.get(0).arn(), pass(plans.size() + " backup plan(s): "
                        + plans.stream().map(BackupPlan::name).toList() + ".", Map.of("plans",
                        String.valueOf(plans.size()), "vaults", vaults), "ListBackupPlans: "
                        + plans.stream().map(BackupPlan::proof).toList()))));
    }
}
