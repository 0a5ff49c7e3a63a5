package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.s3.S3Inventory;
import software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration;

import java.util.List;
import java.util.Optional;

/** The account turns on all four S3 public access block settings, so no bucket can be made public by mistake. */
public final class S3AccountLevelPublicAccessBlocks implements Check<S3Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("s3_account_level_public_access_blocks",
            "S3 public access is blocked for the whole account", "s3", Scope.GLOBAL, Severity.HIGH,
            List.of(S3Inventory.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK),
            "Turn on all four Block Public Access settings at account level (S3 console > Block Public Access "
                    + "settings for this account, or s3control PutPublicAccessBlock). Buckets that must serve the "
                    + "public are better fronted by CloudFront with origin access control than opened directly.");

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
        Fetched<Optional<PublicAccessBlockConfiguration>> read = inventory.accountPublicAccessBlock();
        if (!read.isOk()) {
            return List.of(read.couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        PublicAccessFlags flags = PublicAccessFlags.ofAccount(read.value());
        String reason = read.value().isEmpty() ? "The account has no S3 public access block configured."
                : flags.all() ? "The account blocks S3 public access with all four settings."
                : "The account-level S3 public access block leaves some settings off.";
        return List.of(new Finding(METADATA.id(), flags.all() ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), target.accountId(), reason, flags.observed(""),
                read.value().map(Object::toString).orElse("NoSuchPublicAccessBlockConfiguration")));
    }
}
