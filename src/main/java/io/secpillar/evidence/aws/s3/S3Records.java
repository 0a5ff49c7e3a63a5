package io.secpillar.evidence.aws.s3;

import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionConfiguration;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionRule;
import io.secpillar.evidence.inventory.s3.S3Inventory.Logging;
import io.secpillar.evidence.inventory.s3.S3Inventory.OwnershipControls;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import io.secpillar.evidence.inventory.s3.S3Inventory.Versioning;
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.OwnershipControlsRule;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;

/** S3's answers as the inventory's plain records; each keeps the SDK's printing of the answer as its proof. */
final class S3Records {

    private S3Records() {
    }

    static PublicAccessBlock bucketBlock(PublicAccessBlockConfiguration c) {
        return new PublicAccessBlock(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(),
                c.restrictPublicBuckets(), c.toString());
    }

    static PublicAccessBlock accountBlock(software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration c) {
        return new PublicAccessBlock(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(),
                c.restrictPublicBuckets(), c.toString());
    }

    static EncryptionConfiguration encryption(ServerSideEncryptionConfiguration c) {
        return new EncryptionConfiguration(c.rules().stream().map(r -> r.applyServerSideEncryptionByDefault())
                .map(d -> d == null ? new EncryptionRule(null, null)
                        : new EncryptionRule(d.sseAlgorithmAsString(), d.kmsMasterKeyID())).toList(), c.toString());
    }

    static Versioning versioning(GetBucketVersioningResponse v) {
        return new Versioning(v.statusAsString(), v.mfaDeleteAsString(), v.toString());
    }

    static Logging logging(GetBucketLoggingResponse l) {
        var enabled = l.loggingEnabled();
        return new Logging(enabled == null ? null : enabled.targetBucket(), enabled == null ? null
                : enabled.targetPrefix(), l.toString());
    }

    static OwnershipControls ownership(software.amazon.awssdk.services.s3.model.OwnershipControls c) {
        return new OwnershipControls(c.rules().stream().map(OwnershipControlsRule::objectOwnershipAsString).toList(),
                c.toString());
    }
}
