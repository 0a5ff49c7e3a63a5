package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketLevelPublicAccessBlockTest {

    private static final PublicAccessBlock FULL = block(true, true, true, true);
    private static final PublicAccessBlock PARTIAL = block(true, true, false, true);

    private final S3BucketLevelPublicAccessBlock check = new S3BucketLevelPublicAccessBlock();

    @Test
    void withoutAnAccountBlockEachBucketNeedsItsOwn() {
        List<Finding> findings = check.evaluate(inventory(
                bucket("own-block", "eu-west-1").publicAccessBlock(FULL),
                bucket("partial", "eu-west-1").publicAccessBlock(PARTIAL),
                bucket("none", "eu-west-1").publicAccessBlock(null),
                bucket("unread", "eu-west-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(
                Status.PASS, Status.FAIL, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(1).observed()).containsEntry("bucket.BlockPublicPolicy", "false")
                .containsEntry("account.BlockPublicPolicy", "false");
        assertThat(findings.get(2).proof()).startsWith("NoSuchPublicAccessBlockConfiguration");
        assertThat(findings.get(1).proof()).startsWith("block true/true/false/true");
        assertThat(findings.get(1).reason()).contains("[BlockPublicPolicy] stay off");
        assertThat(findings.get(3).reason()).contains("s3:GetBucketPublicAccessBlock");
    }

    @Test
    void aFullAccountBlockCoversEveryBucketEvenUnreadOnes() {
        var account = Fetched.ok(Optional.of(block(true, true, true, true)), "s3:GetAccountPublicAccessBlock");

        List<Finding> findings = check.evaluate(inventory(account,
                bucket("partial", "eu-west-1").publicAccessBlock(PARTIAL), bucket("unread", "eu-west-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.PASS);
        assertThat(findings.get(0).reason()).contains("fully blocked");
        assertThat(findings.get(1).observed()).containsEntry("bucket", "not readable");
    }

    @Test
    void switchesSplitBetweenBucketAndAccountBlockFully() {
        var account = Fetched.ok(Optional.of(block(false, false, true, true)), "s3:GetAccountPublicAccessBlock");

        List<Finding> findings = check.evaluate(inventory(account,
                bucket("split", "eu-west-1").publicAccessBlock(block(true, true, false, false)),
                bucket("gap", "eu-west-1").publicAccessBlock(block(true, false, false, false))), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(1).reason()).contains("[IgnorePublicAcls] stay off");
    }

    @Test
    void anUnknownAccountBlockOnlyMattersForBucketsWithoutAFullBlock() {
        List<Finding> findings = check.evaluate(inventory(denied("s3:GetAccountPublicAccessBlock"),
                bucket("own-block", "eu-west-1").publicAccessBlock(FULL),
                bucket("partial", "eu-west-1").publicAccessBlock(PARTIAL)), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(1).reason()).contains("s3:GetAccountPublicAccessBlock");
    }
}
