package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;

/** The region encrypts every new EBS volume and snapshot copy by default (a per-account, per-region switch). */
public final class Ec2EbsDefaultEncryption extends InventoryCheck<Ec2Inventory> {

    public Ec2EbsDefaultEncryption() {
        super(regional("ec2_ebs_default_encryption", "EBS encryption by default is on", "ec2", Severity.MEDIUM,
                List.of(Ec2Inventory.GET_EBS_ENCRYPTION_BY_DEFAULT), "Turn on EBS encryption by default in every "
                + "region you use (EC2 console > Account attributes > Data protection, or "
                + "EnableEbsEncryptionByDefault), optionally with your own KMS key."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return accountFinding(inventory.ebsEncryptionByDefault(), target, on -> passIf(on,
                on ? "New EBS volumes in this region are encrypted by default."
                        : "EBS encryption by default is off in this region.",
                Map.of("EbsEncryptionByDefault", String.valueOf(on)), "GetEbsEncryptionByDefault: ebsEncryptionByDefault="
                        + on));
    }
}
