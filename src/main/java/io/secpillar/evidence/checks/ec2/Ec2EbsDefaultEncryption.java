package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;

/** The region encrypts every new EBS volume and snapshot copy by default (a per-account, per-region switch). */
public final class Ec2EbsDefaultEncryption implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_ebs_default_encryption",
            "EBS encryption by default is on", "ec2", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.GET_EBS_ENCRYPTION_BY_DEFAULT),
            "Turn on EBS encryption by default in every region you use (EC2 console > Account attributes > "
                    + "Data protection, or EnableEbsEncryptionByDefault), optionally with your own KMS key.");

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
        var read = inventory.ebsEncryptionByDefault();
        if (!read.isOk()) {
            return List.of(read.couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        boolean on = read.value();
        return List.of(new Finding(METADATA.id(), on ? Status.PASS : Status.FAIL, target.accountId(), target.region(),
                target.accountId(), on ? "New EBS volumes in this region are encrypted by default."
                        : "EBS encryption by default is off in this region.",
                Map.of("EbsEncryptionByDefault", String.valueOf(on)),
                "GetEbsEncryptionByDefault: ebsEncryptionByDefault=" + on));
    }
}
