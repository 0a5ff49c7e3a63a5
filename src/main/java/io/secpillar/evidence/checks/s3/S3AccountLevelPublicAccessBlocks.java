package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;

import java.util.List;

/** The account turns on all four S3 public access block settings, so no bucket can be made public by mistake. */
public final class S3AccountLevelPublicAccessBlocks extends InventoryCheck<S3Inventory> {

    public S3AccountLevelPublicAccessBlocks() {
        super(global("s3_account_level_public_access_blocks", "S3 public access is blocked for the whole account", "s3",
                Severity.HIGH, List.of(S3Inventory.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK), "Turn on all four Block Public "
                + "Access settings at account level (S3 console > Block Public Access settings for this account, or "
                + "s3control PutPublicAccessBlock). Buckets that must serve the public are better fronted by "
                + "CloudFront with origin access control than opened directly."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return fromRead(inventory.accountPublicAccessBlock(), target, block -> {
            PublicAccessFlags flags = PublicAccessFlags.of(block);
            String reason = block.isEmpty() ? "The account has no S3 public access block configured."
                    : flags.all() ? "The account blocks S3 public access with all four settings."
                    : "The account-level S3 public access block leaves some settings off.";
            return accountFinding(target, passIf(flags.all(), reason, flags.observed(""),
                    block.map(PublicAccessBlock::proof).orElse("NoSuchPublicAccessBlockConfiguration")));
        });
    }
}
