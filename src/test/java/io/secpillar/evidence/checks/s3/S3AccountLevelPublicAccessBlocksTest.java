package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3AccountLevelPublicAccessBlocksTest {

    private final S3AccountLevelPublicAccessBlocks check = new S3AccountLevelPublicAccessBlocks();

    @Test
    void allFourSettingsOnPasses() {
        Finding f = only(block(true, true, true, true));

        assertThat(f.status()).isEqualTo(Status.PASS);
        assertThat(f.resourceId()).isEqualTo("111122223333");
        assertThat(f.region()).isEqualTo("global");
        assertThat(f.proof()).isEqualTo("block true/true/true/true");
    }

    @Test
    void oneSettingOffFails() {
        Finding f = only(block(true, true, true, false));

        assertThat(f.status()).isEqualTo(Status.FAIL);
        assertThat(f.observed()).containsEntry("RestrictPublicBuckets", "false").containsEntry("BlockPublicAcls", "true");
    }

    @Test
    void noConfigurationFails() {
        Finding f = check.evaluate(inventory(noAccountBlock()), ACCOUNT).get(0);

        assertThat(f.status()).isEqualTo(Status.FAIL);
        assertThat(f.reason()).contains("no S3 public access block");
        assertThat(f.proof()).isEqualTo("NoSuchPublicAccessBlockConfiguration");
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        Finding f = check.evaluate(inventory(denied("s3:GetAccountPublicAccessBlock")), ACCOUNT).get(0);

        assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(f.reason()).contains("s3:GetAccountPublicAccessBlock");
    }

    private Finding only(PublicAccessBlock config) {
        return assertThat(check.evaluate(inventory(Fetched.ok(Optional.of(config), "s3:GetAccountPublicAccessBlock")),
                ACCOUNT)).singleElement().actual();
    }
}
