package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket writes server access logs, so requests to it can be investigated later. */
public final class S3BucketServerAccessLoggingEnabled extends InventoryCheck<S3Inventory> {

    public S3BucketServerAccessLoggingEnabled() {
        super(global("s3_bucket_server_access_logging_enabled", "S3 buckets write server access logs", "s3",
                Severity.MEDIUM, S3Inventory.bucketReads(S3Inventory.GET_BUCKET_LOGGING), "Turn on server access "
                + "logging to a dedicated log bucket in the same region (PutBucketLogging), or record object-level S3 "
                + "data events in CloudTrail if that is your chosen source of truth."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target, S3BucketSettings::logging, logging ->
                logging.targetBucket() == null
                        ? fail("does not write server access logs.", Map.of("LoggingEnabled",
                                "false"), logging.proof())
                        : pass("writes server access logs to bucket " + logging.targetBucket() + ".",
                                Map.of("LoggingEnabled", "true", "TargetBucket", logging.targetBucket(), "TargetPrefix",
                                        Objects.requireNonNullElse(logging.targetPrefix(), "")), logging.proof()));
    }
}
