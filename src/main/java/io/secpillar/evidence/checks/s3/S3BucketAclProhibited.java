package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.OwnershipControls;

import java.util.List;
import java.util.Map;

/** Every bucket disables ACLs (Object Ownership = BucketOwnerEnforced), so access is governed by policies alone. */
public final class S3BucketAclProhibited extends InventoryCheck<S3Inventory> {

    public S3BucketAclProhibited() {
        super(global("s3_bucket_acl_prohibited", "S3 buckets have ACLs disabled", "s3", Severity.MEDIUM,
                S3Inventory.bucketReads(S3Inventory.GET_OWNERSHIP_CONTROLS), "Set Object Ownership to 'Bucket owner "
                + "enforced' (PutBucketOwnershipControls). Move any access that still relies on ACL grants into the "
                + "bucket policy first."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target, S3BucketSettings::ownershipControls, controls -> {
            String ownership = controls.stream().flatMap(c -> c.objectOwnerships().stream()).filter(o -> o != null)
                    .findFirst().orElse("none");
            boolean enforced = "BucketOwnerEnforced".equals(ownership);
            return passIf(enforced, enforced ? "has ACLs disabled (BucketOwnerEnforced)."
                    : "still honours ACLs (Object Ownership " + ownership + ").", Map.of("ObjectOwnership", ownership),
                    controls.map(OwnershipControls::proof).orElse("OwnershipControlsNotFoundError"));
        });
    }
}
