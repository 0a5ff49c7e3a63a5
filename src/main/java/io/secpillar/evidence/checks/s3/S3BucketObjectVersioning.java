package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.s3.S3Inventory;
import io.secpillar.evidence.checks.s3.BucketFindings.Verdict;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket keeps object versions, so an overwrite or delete (by mistake or by an attacker) can be undone. */
public final class S3BucketObjectVersioning implements Check<S3Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("s3_bucket_object_versioning",
            "S3 buckets keep object versions", "s3", Scope.GLOBAL, Severity.MEDIUM,
            List.of(S3Inventory.LIST_BUCKETS, S3Inventory.GET_BUCKET_LOCATION, S3Inventory.GET_BUCKET_VERSIONING),
            "Enable versioning on the bucket (PutBucketVersioning Status=Enabled) and add a lifecycle rule that "
                    + "expires noncurrent versions after a period you can afford to store.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<S3Inventory> inventoryType() {
        return S3Inventory.class;
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(METADATA.id(), inventory, target, b -> b.versioning(), this::judge);
    }

    private Verdict judge(GetBucketVersioningResponse versioning) {
        // A bucket that never had versioning answers with no Status at all.
        String status = Objects.requireNonNullElse(versioning.statusAsString(), "NeverEnabled");
        Map<String, String> observed = Map.of("Status", status,
                "MFADelete", Objects.requireNonNullElse(versioning.mfaDeleteAsString(), "Disabled"));
        return versioning.status() == BucketVersioningStatus.ENABLED
                ? new Verdict(Status.PASS, "keeps object versions.", observed, versioning.toString())
                : new Verdict(Status.FAIL, "does not keep object versions (versioning " + status + ").",
                        observed, versioning.toString());
    }
}
