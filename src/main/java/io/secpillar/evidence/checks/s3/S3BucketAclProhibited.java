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
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.OwnershipControls;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every bucket disables ACLs (Object Ownership = BucketOwnerEnforced), so access is governed by policies alone. */
public final class S3BucketAclProhibited implements Check<S3Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("s3_bucket_acl_prohibited",
            "S3 buckets have ACLs disabled", "s3", Scope.GLOBAL, Severity.MEDIUM,
            List.of(S3Inventory.LIST_BUCKETS, S3Inventory.GET_BUCKET_LOCATION, S3Inventory.GET_OWNERSHIP_CONTROLS),
            "Set Object Ownership to 'Bucket owner enforced' (PutBucketOwnershipControls). Move any access that "
                    + "still relies on ACL grants into the bucket policy first.");

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
        return BucketFindings.perBucket(METADATA.id(), inventory, target, b -> b.ownershipControls(), this::judge);
    }

    private Verdict judge(Optional<OwnershipControls> controls) {
        String ownership = controls.stream().flatMap(c -> c.rules().stream())
                .map(r -> r.objectOwnershipAsString()).filter(o -> o != null).findFirst().orElse("none");
        String proof = controls.map(Object::toString).orElse("OwnershipControlsNotFoundError");
        return ObjectOwnership.BUCKET_OWNER_ENFORCED.toString().equals(ownership)
                ? new Verdict(Status.PASS, "has ACLs disabled (BucketOwnerEnforced).",
                        Map.of("ObjectOwnership", ownership), proof)
                : new Verdict(Status.FAIL, "still honours ACLs (Object Ownership " + ownership + ").",
                        Map.of("ObjectOwnership", ownership), proof);
    }
}
