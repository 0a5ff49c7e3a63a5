package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.rds.RdsInventory;
import io.secpillar.evidence.aws.rds.RdsSnapshot;

import java.util.List;
import java.util.Map;

/** No manual DB snapshot can be restored by any AWS account (its restore attribute does not hold "all"). */
public final class RdsSnapshotsPublicAccess implements Check<RdsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("rds_snapshots_public_access",
            "RDS DB snapshots are not public", "rds", Scope.REGIONAL, Severity.CRITICAL,
            List.of(RdsInventory.DESCRIBE_DB_SNAPSHOTS, RdsInventory.DESCRIBE_DB_SNAPSHOT_ATTRIBUTES),
            "Remove 'all' from the snapshot's restore attribute (ModifyDBSnapshotAttribute) and share it with named "
                    + "accounts instead; encrypted snapshots cannot be made public at all.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<RdsInventory> inventoryType() {
        return RdsInventory.class;
    }

    @Override
    public List<Finding> evaluate(RdsInventory inventory, Target target) {
        if (!inventory.manualSnapshots().isOk()) {
            return List.of(inventory.manualSnapshots().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.manualSnapshots().value().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "The region has no manual DB snapshot.", Map.of("manual DB snapshots", "0"), ""));
        }
        return inventory.manualSnapshots().value().stream().map(s -> judge(s, target)).toList();
    }

    private Finding judge(RdsSnapshot s, Target target) {
        String arn = s.snapshot().dbSnapshotArn();
        if (!s.restorableBy().isOk()) {
            return s.restorableBy().couldNotAssess(METADATA.id(), target, arn);
        }
        boolean isPublic = s.restorableBy().value().contains("all");
        String name = "DB snapshot " + s.snapshot().dbSnapshotIdentifier();
        return new Finding(METADATA.id(), isPublic ? Status.FAIL : Status.PASS, target.accountId(), target.region(),
                arn, isPublic ? name + " can be restored by any AWS account." : name + " is not public.",
                Map.of("restore", String.join(",", s.restorableBy().value())), s.toString());
    }
}
