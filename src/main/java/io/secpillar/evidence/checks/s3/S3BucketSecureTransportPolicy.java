package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.policy.PolicyAnalyzer;
import io.secpillar.evidence.policy.PolicyParseException;
import io.secpillar.evidence.policy.Statement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    private record BucketPolicy(String bucketArn, Optional<String> document) {
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target,
                bucket -> bucket.policy().map(p -> new BucketPolicy(bucket.arn(), p)),
                S3BucketSecureTransportPolicy::judge);
    }

    private static Verdict judge(BucketPolicy policy) {
        if (policy.document().isEmpty()) {
            return fail("has no bucket policy, so nothing refuses plain HTTP.", Map.of("policy", "none"),
                    "NoSuchBucketPolicy");
        }
        String document = policy.document().get();
        io.secpillar.evidence.policy.Verdict answer;
        try {
            answer = PolicyAnalyzer.of(document).deniesInsecureTransport(policy.bucketArn());
        } catch (PolicyParseException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, "has a policy that could not be parsed: " + e.getMessage(),
                    Map.of("policy", "unparsable"), document);
        }
        Map<String, String> observed = Map.of("denyInsecureTransport", answer.answer().name(), "decidingStatements",
                String.join(",", answer.statementLabels()));
        String proof = answer.statements().isEmpty() ? document
                : answer.statements().stream().map(Statement::json).collect(Collectors.joining(" "));
        return switch (answer.answer()) {
            case YES -> pass("has a policy that denies every request without TLS: " + answer.reason(), observed, proof);
            case NO -> fail("has a policy that leaves plain HTTP open: " + answer.reason(), observed, proof);
            case UNKNOWN -> new Verdict(Status.COULD_NOT_ASSESS, "has a policy the analyzer cannot settle: "
                    + answer.reason(), observed, proof);
        };
    }
}
