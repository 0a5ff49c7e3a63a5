package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionConfiguration;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class S3BucketDefaultEncryptionTest {

    private final S3BucketDefaultEncryption check = new S3BucketDefaultEncryption();

    @Test
    void judgesEachBucketInItsRegion() {
        EncryptionConfiguration kms = new EncryptionConfiguration(List.of(new EncryptionRule("aws:kms",
                "arn:aws:kms:eu-west-1:111122223333:key/abc")), "encryption aws:kms");

        List<Finding> findings = check.evaluate(inventory(
                bucket("encrypted", "eu-west-1").encryption(kms),
                bucket("plain", "us-east-1").encryption(null),
                bucket("secret", "us-east-2")), ACCOUNT);

        assertThat(findings).extracting(Finding::resourceId, Finding::status, Finding::region).containsExactly(
                tuple("arn:aws:s3:::encrypted", Status.PASS, "eu-west-1"),
                tuple("arn:aws:s3:::plain", Status.FAIL, "us-east-1"),
                tuple("arn:aws:s3:::secret", Status.COULD_NOT_ASSESS, "us-east-2"));
        assertThat(findings.get(0).observed()).containsEntry("SSEAlgorithm", "aws:kms")
                .containsEntry("KMSMasterKeyID", "arn:aws:kms:eu-west-1:111122223333:key/abc");
        assertThat(findings.get(0).proof()).isEqualTo("encryption aws:kms");
        assertThat(findings.get(1).proof()).isEqualTo("ServerSideEncryptionConfigurationNotFoundError");
        assertThat(findings.get(2).reason()).contains("s3:GetEncryptionConfiguration");
        assertThat(findings).allSatisfy(f -> assertThat(f.accountId()).isEqualTo("111122223333"));
    }

    @Test
    void unlistableBucketsGiveOneCouldNotAssessNamingThePermission() {
        List<Finding> findings = check.evaluate(unlisted(), ACCOUNT);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("s3:ListAllMyBuckets");
            assertThat(f.region()).isEqualTo("global");
        });
    }

    @Test
    void anAccountWithoutBucketsIsNotApplicable() {
        assertThat(check.evaluate(empty(), ACCOUNT)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
