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
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every bucket encrypts new objects by default (SSE-S3, SSE-KMS or DSSE-KMS). */
public final class S3BucketDefaultEncryption implements Check<S3Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("s3_bucket_default_encryption",
            "S3 buckets encrypt new objects by default", "s3", Scope.GLOBAL, Severity.MEDIUM,
            List.of(S3Inventory.LIST_BUCKETS, S3Inventory.GET_BUCKET_LOCATION, S3Inventory.GET_ENCRYPTION),
            "Give the bucket a default encryption rule (PutBucketEncryption). Prefer SSE-KMS with a customer managed "
                    + "key and S3 Bucket Keys where you need to control and audit who can decrypt.");

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
        return BucketFindings.perBucket(METADATA.id(), inventory, target, b -> b.encryption(), this::judge);
    }

    private Verdict judge(Optional<ServerSideEncryptionConfiguration> config) {
        Optional<ServerSideEncryptionByDefault> rule = config.stream().flatMap(c -> c.rules().stream())
                .map(ServerSideEncryptionRule::applyServerSideEncryptionByDefault)
                .filter(d -> d != null && d.sseAlgorithmAsString() != null).findFirst();
        if (rule.isEmpty()) {
            return new Verdict(Status.FAIL, "has no default encryption rule.", Map.of("SSEAlgorithm", "none"),
                    config.map(Object::toString).orElse("ServerSideEncryptionConfigurationNotFoundError"));
        }
        String algorithm = rule.get().sseAlgorithmAsString();
        // The SDK hides the key id in toString; a key ARN is no secret and shows which key guards the data.
        return new Verdict(Status.PASS, "encrypts new objects with " + algorithm + " by default.",
                Map.of("SSEAlgorithm", algorithm, "KMSMasterKeyID", Objects.requireNonNullElse(rule.get().kmsMasterKeyID(), "")),
                config.get().toString());
    }
}
