package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;

/** None of the account's EBS snapshots can be restored by any AWS account. */
public final class Ec2EbsPublicSnapshot extends InventoryCheck<Ec2Inventory> {

    public Ec2EbsPublicSnapshot() {
        super(regional("ec2_ebs_public_snapshot", "EBS snapshots are not public", "ec2", Severity.CRITICAL,
                List.of(Ec2Inventory.DESCRIBE_SNAPSHOTS), "Remove the 'all' group from the snapshot's create-volume "
                + "permission (ModifySnapshotAttribute), share with named accounts instead, and turn on block public "
                + "access for EBS snapshots in the region."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        var publicIds = inventory.publicSnapshotIds();
        if (inventory.snapshots().isOk() && !publicIds.isOk()) {
            return couldNotAssess(publicIds, target);
        }
        return perResource(inventory.snapshots(), target, "EBS snapshots", s -> {
            boolean open = publicIds.value().contains(s.id());
            return finding(target, inventory.arn(target, "snapshot/" + s.id()), passIf(!open, "EBS snapshot "
                    + s.id() + (open ? " can be restored by any AWS account." : " is not public."), Map.of("public",
                    String.valueOf(open), "volumeId", String.valueOf(s.volumeId())), s.proof()));
        });
    }
}
