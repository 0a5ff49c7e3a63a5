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
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;
import software.amazon.awssdk.services.s3.model.LoggingEnabled;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket writes server access logs, so requests to it can be investigated later. */
public final class S3BucketServerAccessLoggingEnabled implements Check<S3Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("s3_bucket_server_access_logging_enabled",
            "S3 buckets write server access logs", "s3", Scope.GLOBAL, Severity.MEDIUM,
            List.of(S3Inventory.LIST_BUCKETS, S3Inventory.GET_BUCKET_LOCATION, S3Inventory.GET_BUCKET_LOGGING),
            "Turn on server access logging to a dedicated log bucket in the same region (PutBucketLogging), or "
                    + "record object-level S3 data events in CloudTrail if that is your chosen source of truth.");

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
        return BucketFindings.perBucket(METADATA.id(), inventory, target, b -> b.logging(), this::judge);
    }

    private Verdict judge(GetBucketLoggingResponse logging) {
        LoggingEnabled enabled = logging.loggingEnabled();
        if (enabled == null || enabled.targetBucket() == null) {
            return new Verdict(Status.FAIL, "does not write server access logs.", Map.of("LoggingEnabled", "false"),
                    logging.toString());
        }
        return new Verdict(Status.PASS, "writes server access logs to bucket " + enabled.targetBucket() + ".",
                Map.of("LoggingEnabled", "true", "TargetBucket", enabled.targetBucket(),
                        "TargetPrefix", Objects.requireNonNullElse(enabled.targetPrefix(), "")),
                logging.toString());
    }
}
