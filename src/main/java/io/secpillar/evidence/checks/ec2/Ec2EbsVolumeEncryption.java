package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every EBS volume is encrypted at rest. */
public final class Ec2EbsVolumeEncryption extends InventoryCheck<Ec2Inventory> {

    public Ec2EbsVolumeEncryption() {
        super(regional("ec2_ebs_volume_encryption", "EBS volumes are encrypted", "ec2", Severity.MEDIUM,
                List.of(Ec2Inventory.DESCRIBE_VOLUMES), "A volume cannot be encrypted in place: snapshot it, copy the "
                + "snapshot with encryption, create a volume from the copy and swap it in. Turn on encryption by "
                + "default so new volumes start encrypted."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return perResource(inventory.volumes(), target, "EBS volumes", v -> finding(target, inventory.arn(target,
                "volume/" + v.id()), passIf(v.encrypted(), "EBS volume " + v.id() + (v.encrypted()
                ? " is encrypted." : " is not encrypted."), Map.of("Encrypted", String.valueOf(v.encrypted()), "State",
                String.valueOf(v.state()), "KmsKeyId", Objects.requireNonNullElse(v.kmsKeyId(), "")), v.proof())));
    }
}
