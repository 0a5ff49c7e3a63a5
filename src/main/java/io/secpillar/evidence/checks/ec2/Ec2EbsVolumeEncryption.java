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
import software.amazon.awssdk.services.ec2.model.Volume;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every EBS volume is encrypted at rest. */
public final class Ec2EbsVolumeEncryption implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_ebs_volume_encryption",
            "EBS volumes are encrypted", "ec2", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.DESCRIBE_VOLUMES),
            "A volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption, create a "
                    + "volume from the copy and swap it in. Turn on encryption by default so new volumes start encrypted.");

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
        return ResourceFindings.perResource(METADATA.id(), inventory.volumes(), target, "EBS volumes",
                v -> ResourceFindings.arn(target, "volume/" + v.volumeId()), this::judge);
    }

    private Verdict judge(Volume volume) {
        boolean encrypted = Boolean.TRUE.equals(volume.encrypted());
        Map<String, String> observed = Map.of("Encrypted", String.valueOf(encrypted), "State",
                String.valueOf(volume.stateAsString()), "KmsKeyId", Objects.requireNonNullElse(volume.kmsKeyId(), ""));
        String name = "EBS volume " + volume.volumeId();
        return encrypted ? new Verdict(Status.PASS, name + " is encrypted.", observed, volume.toString())
                : new Verdict(Status.FAIL, name + " is not encrypted.", observed, volume.toString());
    }
}
