package io.secpillar.evidence.aws.acm;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.acm.AcmCertificatesExpirationCheck;
import io.secpillar.evidence.checks.acm.AcmCertificatesTransparencyLogsEnabled;
import io.secpillar.evidence.checks.acm.AcmCertificatesWithSecureKeyAlgorithms;
import io.secpillar.evidence.inventory.acm.AcmInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** ACM over AWS JSON 1.1 (X-Amz-Target: CertificateManager.X); dates are epoch seconds. */
class AcmCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final Clock SCAN = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    static final String SHOP = "arn:aws:acm:eu-west-1:111122223333:certificate/1a2b3c4d-0000-4e5f-8a9b-111111111111";
    static final String LEGACY = "arn:aws:acm:eu-west-1:111122223333:certificate/1a2b3c4d-0000-4e5f-8a9b-222222222222";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void twoPages() {
        aws.json("CertificateManager.ListCertificates", "{\"CertificateSummaryList\":[{\"CertificateArn\":\"" + SHOP
                + "\",\"DomainName\":\"shop.example.com\",\"SubjectAlternativeNameSummaries\":[\"shop.example.com\"],"
                + "\"HasAdditionalSubjectAlternativeNames\":false,\"Status\":\"ISSUED\",\"Type\":\"AMAZON_ISSUED\","
                + "\"KeyAlgorithm\":\"RSA_2048\",\"KeyUsages\":[\"DIGITAL_SIGNATURE\"],\"InUse\":true,"
                + "\"RenewalEligibility\":\"ELIGIBLE\",\"NotBefore\":1756684800,\"NotAfter\":1788220800,"
                + "\"CreatedAt\":1756684800}],\"NextToken\":\"certs-2\"}");
        aws.json("CertificateManager.ListCertificates", "{\"CertificateSummaryList\":[{\"CertificateArn\":\"" + LEGACY
                + "\",\"DomainName\":\"legacy.example.com\",\"Status\":\"ISSUED\",\"Type\":\"IMPORTED\","
                + "\"KeyAlgorithm\":\"RSA_1024\",\"InUse\":true,\"RenewalEligibility\":\"INELIGIBLE\","
                + "\"NotBefore\":1740787200,\"NotAfter\":1773964800,\"ImportedAt\":1740787200}]}",
                "\"NextToken\":\"certs-2\"");
    }

    @Test
    void everyKeyTypeIsAskedForAndOnlyAmazonIssuedCertificatesAreDescribed() {
        twoPages();
        aws.json("CertificateManager.DescribeCertificate", "{\"Certificate\":{\"CertificateArn\":\"" + SHOP
                + "\",\"DomainName\":\"shop.example.com\",\"Type\":\"AMAZON_ISSUED\",\"Status\":\"ISSUED\","
                + "\"KeyAlgorithm\":\"RSA-2048\",\"Options\":{\"CertificateTransparencyLoggingPreference\":"
                + "\"DISABLED\"}}}", SHOP);

        AcmInventory inventory = new AcmCollector(SCAN).collect(aws.clients(), EU);

        assertThat(aws.requests().stream().filter(r -> r.getHeader("X-Amz-Target").endsWith("ListCertificates")))
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("RSA_1024", "EC_prime256v1", "RSA_4096"));
        assertThat(new AcmCertificatesExpirationCheck().evaluate(inventory, EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(new AcmCertificatesWithSecureKeyAlgorithms().evaluate(inventory, EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(new AcmCertificatesTransparencyLogsEnabled().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    @Test
    void aRefusedDescriptionIsCouldNotAssessForThatCertificate() {
        twoPages();
        aws.jsonError("CertificateManager.DescribeCertificate", 400, "AccessDeniedException", "User is not "
                + "authorized to perform: acm:DescribeCertificate");

        AcmInventory inventory = new AcmCollector(SCAN).collect(aws.clients(), EU);

        assertThat(new AcmCertificatesTransparencyLogsEnabled().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("lacks the permission acm:DescribeCertificate");
                });
        assertThat(new AcmCertificatesExpirationCheck().evaluate(inventory, EU)).hasSize(2);
    }
}
