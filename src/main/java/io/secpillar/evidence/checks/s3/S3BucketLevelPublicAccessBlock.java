package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.util.List;

/**
 * Each bucket is covered by a full public access block, its own or the account's: the effective setting is
 * what matters, and the account-level block is the one AWS recommends.
 */
public final class S3BucketLevelPublicAccessBlock extends InventoryCheck<S3Inventory> {

    public S3BucketLevelPublicAccessBlock() {
        super(global("s3_bucket_level_public_access_block", "S3 buckets are covered by a full public access block",
                "s3", Severity.HIGH, S3Inventory.bucketReads(S3Inventory.GET_BUCKET_PUBLIC_ACCESS_BLOCK,
                S3Inventory.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK), "Turn on all four Block Public Access settings for the "
                + "account, or at least for the bucket (PutPublicAccessBlock). If a bucket must stay public, record "
                + "why and review it regularly."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target,
                bucket -> PublicAccessCoverage.of(bucket, inventory), PublicAccessCoverage::verdict);
    }
}
