package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.policy.PolicyAnalyzer;

import java.util.List;

/**
 * Every bucket policy refuses plain-HTTP requests to the bucket and to its objects, for every caller and every
 * S3 action, as the policy analyzer's {@link PolicyAnalyzer#deniesInsecureTransport} reads it: a Deny on the
 * bucket ARN alone, on a few actions, or for some principals only leaves a way in over HTTP. Access points and
 * their own policies are not judged.
 */
public final class S3BucketSecureTransportPolicy extends InventoryCheck<S3Inventory> {

    public S3BucketSecureTransportPolicy() {
        super(global("s3_bucket_secure_transport_policy", "S3 bucket policies refuse requests without TLS", "s3",
                Severity.MEDIUM, S3Inventory.bucketReads(S3Inventory.GET_BUCKET_POLICY), "Add to the bucket policy a "
                + "statement that denies s3:* to every principal on the bucket and its objects when "
                + "aws:SecureTransport is false. Test it with an HTTP request before relying on it."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target,
                bucket -> bucket.policy().map(p -> new SecureTransportVerdict(bucket.arn(), p)),
                SecureTransportVerdict::verdict);
    }
}
