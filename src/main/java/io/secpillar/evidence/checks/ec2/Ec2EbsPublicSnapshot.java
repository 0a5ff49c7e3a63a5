package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;

import java.util.List;
import java.util.Map;

/** None of the account's EBS snapshots can be restored by any AWS account. */
public final class Ec2EbsPublicSnapshot implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_ebs_public_snapshot",
            "EBS snapshots are not public", "ec2", Scope.REGIONAL, Severity.CRITICAL,
            List.of(Ec2Inventory.DESCRIBE_SNAPSHOTS),
            "Remove the 'all' group from the snapshot's create-volume permission (ModifySnapshotAttribute), share "
                    + "with named accounts instead, and turn on block public access for EBS snapshots in the region.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<Ec2Inventory> inventoryType() {
        return Ec2Inventory.class;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        var publicIds = inventory.publicSnapshotIds();
        if (inventory.snapshots().isOk() && !publicIds.isOk()) {
            return List.of(publicIds.couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        return ResourceFindings.perResource(METADATA.id(), inventory.snapshots(), target, "EBS snapshots",
                s -> ResourceFindings.arn(target, "snapshot/" + s.snapshotId()),
                s -> publicIds.value().contains(s.snapshotId())
                        ? new Verdict(Status.FAIL, "EBS snapshot " + s.snapshotId() + " can be restored by any AWS account.",
                                Map.of("public", "true", "volumeId", String.valueOf(s.volumeId())), s.toString())
                        : new Verdict(Status.PASS, "EBS snapshot " + s.snapshotId() + " is not public.",
                                Map.of("public", "false", "volumeId", String.valueOf(s.volumeId())), s.toString()));
    }
}
