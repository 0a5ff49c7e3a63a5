package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionConfiguration;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket encrypts new objects by default (SSE-S3, SSE-KMS or DSSE-KMS). */
public final class S3BucketDefaultEncryption extends InventoryCheck<S3Inventory> {

    public S3BucketDefaultEncryption() {
        super(global("s3_bucket_default_encryption", "S3 buckets encrypt new objects by default", "s3", Severity.MEDIUM,
                S3Inventory.bucketReads(S3Inventory.GET_ENCRYPTION), "Give the bucket a default encryption rule "
                + "(PutBucketEncryption). Prefer SSE-KMS with a customer managed key and S3 Bucket Keys where you "
                + "need to control and audit who can decrypt."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target, S3BucketSettings::encryption, config -> {
            var rule = config.stream().flatMap(c -> c.rules().stream()).filter(r -> r.sseAlgorithm() != null)
                    .findFirst();
            if (rule.isEmpty()) {
                return fail("has no default encryption rule.", Map.of("SSEAlgorithm", "none"),
                        config.map(EncryptionConfiguration::proof).orElse("ServerSideEncryptionConfigurationNotFoundError"));
            }
            // The SDK hides the key id in its printing; a key ARN is no secret and shows which key guards the data.
            return pass("encrypts new objects with " + rule.get().sseAlgorithm() + " by default.",
                    Map.of("SSEAlgorithm", rule.get().sseAlgorithm(), "KMSMasterKeyID",
                            Objects.requireNonNullElse(rule.get().kmsMasterKeyId(), "")), config.get().proof());
        });
    }
}
