package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.s3.S3BucketSettings;
import io.secpillar.evidence.aws.s3.S3Inventory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The walk every bucket check shares: one finding per bucket, in the bucket's region; COULD_NOT_ASSESS when
 * the buckets or the setting could not be read; NOT_APPLICABLE once when the account has no bucket.
 */
final class BucketFindings {

    /** What a check concludes about one bucket whose setting was read. */
    record Verdict(Status status, String reason, Map<String, String> observed, String proof) {
    }

    private BucketFindings() {
    }

    static <T> List<Finding> perBucket(String checkId, S3Inventory inventory, Target target,
                                       Function<S3BucketSettings, Fetched<T>> setting,
                                       Function<T, Verdict> judge) {
        Fetched<List<S3BucketSettings>> buckets = inventory.buckets();
        if (!buckets.isOk()) {
            return List.of(buckets.couldNotAssess(checkId, target, target.accountId()));
        }
        if (buckets.value().isEmpty()) {
            return List.of(new Finding(checkId, Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "The account has no S3 bucket.", Map.of("buckets", "0"), ""));
        }
        return buckets.value().stream().map(bucket -> {
            Target where = bucket.targetIn(target);
            Fetched<T> read = setting.apply(bucket);
            if (!read.isOk()) {
                return read.couldNotAssess(checkId, where, bucket.arn());
            }
            Verdict v = judge.apply(read.value());
            return new Finding(checkId, v.status(), where.accountId(), where.region(), bucket.arn(),
                    "Bucket " + bucket.name() + " " + v.reason(), v.observed(), v.proof());
        }).toList();
    }
}
