package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.util.List;
import java.util.function.Function;

/**
 * The per-resource walk over buckets: each finding in the bucket's own region and named after the bucket,
 * COULD_NOT_ASSESS for a bucket whose setting could not be read, NOT_APPLICABLE once when the account has none.
 */
final class BucketFindings {

    private BucketFindings() {
    }

    static <T> List<Finding> perBucket(String checkId, S3Inventory inventory, Target target,
                                       Function<S3BucketSettings, Fetched<T>> setting, Function<T, Verdict> judge) {
        return PerResource.findings(checkId, target, inventory.buckets(), "buckets", "The account has no S3 bucket.",
                bucket -> {
                    Target where = bucket.targetIn(target);
                    Fetched<T> read = setting.apply(bucket);
                    if (!read.isOk()) {
                        return read.couldNotAssess(checkId, where, bucket.arn());
                    }
                    Verdict v = judge.apply(read.value());
                    return v.withReason("Bucket " + bucket.name() + " " + v.reason()).about(checkId, where, bucket.arn());
                });
    }
}
