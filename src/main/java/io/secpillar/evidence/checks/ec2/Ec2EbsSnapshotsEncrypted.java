package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every EBS snapshot the account owns is encrypted at rest. */
public final class Ec2EbsSnapshotsEncrypted extends InventoryCheck<Ec2Inventory> {

    public Ec2EbsSnapshotsEncrypted() {
        super(regional("ec2_ebs_snapshots_encrypted", "EBS snapshots are encrypted", "ec2", Severity.MEDIUM,
                List.of(Ec2Inventory.DESCRIBE_SNAPSHOTS), "Copy the snapshot with encryption turned on (CopySnapshot "
                + "--encrypted) and delete the plain copy; encrypted volumes only ever produce encrypted snapshots."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return perResource(inventory.snapshots(), target, "EBS snapshots", s -> finding(target, inventory.arn(target,
                "snapshot/" + s.id()), passIf(s.encrypted(), "EBS snapshot " + s.id() + (s.encrypted()
                ? " is encrypted." : " is not encrypted."), Map.of("Encrypted", String.valueOf(s.encrypted()),
                "KmsKeyId", Objects.requireNonNullElse(s.kmsKeyId(), "")), s.proof())));
    }
}
