package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every bucket policy refuses requests that do not use TLS (a Deny on aws:SecureTransport = false). */
public final class S3BucketSecureTransportPolicy extends InventoryCheck<S3Inventory> {

    public S3BucketSecureTransportPolicy() {
        super(global("s3_bucket_secure_transport_policy", "S3 bucket policies refuse requests without TLS", "s3",
                Severity.MEDIUM, S3Inventory.bucketReads(S3Inventory.GET_BUCKET_POLICY), "Add to the bucket policy a "
                + "statement that denies s3:* to every principal on the bucket and its objects when "
                + "aws:SecureTransport is false. Test it with an HTTP request before relying on it."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target, S3BucketSettings::policy,
                S3BucketSecureTransportPolicy::judge);
    }

    private static Verdict judge(Optional<String> policy) {
        if (policy.isEmpty()) {
            return fail("has no bucket policy, so nothing refuses plain HTTP.",
                    Map.of("policy", "none"), "NoSuchBucketPolicy");
        }
        try {
            Optional<String> statement = SecureTransportStatement.find(policy.get());
            return statement.isPresent()
                    ? pass("has a policy that denies requests without TLS.",
                            Map.of("denyInsecureTransport", "true"), statement.get())
                    : fail("has a policy without a Deny on aws:SecureTransport = false.",
                            Map.of("denyInsecureTransport", "false"), policy.get());
        } catch (IOException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, "has a policy that could not be parsed: " + e.getMessage(),
                    Map.of("policy", "unparsable"), policy.get());
        }
    }
}
