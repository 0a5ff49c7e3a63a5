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
import java.util.Objects;

/** Every EBS snapshot the account owns is encrypted at rest. */
public final class Ec2EbsSnapshotsEncrypted implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_ebs_snapshots_encrypted",
            "EBS snapshots are encrypted", "ec2", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.DESCRIBE_SNAPSHOTS),
            "Copy the snapshot with encryption turned on (CopySnapshot --encrypted) and delete the plain copy; "
                    + "encrypted volumes only ever produce encrypted snapshots.");

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
        return ResourceFindings.perResource(METADATA.id(), inventory.snapshots(), target, "EBS snapshots",
                s -> ResourceFindings.arn(target, "snapshot/" + s.snapshotId()), s -> {
                    boolean encrypted = Boolean.TRUE.equals(s.encrypted());
                    var observed = Map.of("Encrypted", String.valueOf(encrypted),
                            "KmsKeyId", Objects.requireNonNullElse(s.kmsKeyId(), ""));
                    String name = "EBS snapshot " + s.snapshotId();
                    return encrypted ? new Verdict(Status.PASS, name + " is encrypted.", observed, s.toString())
                            : new Verdict(Status.FAIL, name + " is not encrypted.", observed, s.toString());
                });
    }
}
