package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.rds.RdsInventory;

import java.util.List;
import java.util.Map;

/** No manual DB snapshot can be restored by any AWS account (its restore attribute does not hold "all"). */
public final class RdsSnapshotsPublicAccess extends InventoryCheck<RdsInventory> {

    public RdsSnapshotsPublicAccess() {
        super(regional("rds_snapshots_public_access", "RDS DB snapshots are not public", "rds", Severity.CRITICAL,
                List.of(RdsInventory.DESCRIBE_DB_SNAPSHOTS, RdsInventory.DESCRIBE_DB_SNAPSHOT_ATTRIBUTES), "Remove "
                + "'all' from the snapshot's restore attribute (ModifyDBSnapshotAttribute) and share it with named "
                + "accounts instead; encrypted snapshots cannot be made public at all."));
    }

    @Override
    public List<Finding> evaluate(RdsInventory inventory, Target target) {
        return PerResource.findings(id(), target, inventory.manualSnapshots(), "manual DB snapshots",
                "The region has no manual DB snapshot.", s -> fromRead(s.restorableBy(), target, s.arn(), accounts ->
                        passIf(!accounts.contains("all"), "DB snapshot " + s.identifier() + (accounts.contains("all")
                                ? " can be restored by any AWS account." : " is not public."),
                                Map.of("restore", String.join(",", accounts)), s.proof())));
    }
}
