package io.secpillar.evidence.checks.acm;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.acm.AcmInventory;
import io.secpillar.evidence.inventory.acm.AcmInventory.Certificate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AcmChecksTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final Instant SCAN = Instant.parse("2026-03-01T10:00:00Z");

    static Certificate cert(String domain, String type, String key, String notAfter, boolean inUse,
                            Optional<Fetched<String>> transparency) {
        return new Certificate("arn:aws:acm:eu-west-1:111122223333:certificate/" + domain, domain, type, "ISSUED", key,
                Optional.of(Instant.parse(notAfter)), inUse, transparency, "CertificateSummary(DomainName=" + domain + ")");
    }

    static Optional<Fetched<String>> logging(String preference) {
        return Optional.of(Fetched.ok(preference, AcmInventory.DESCRIBE_CERTIFICATE));
    }

    static final Certificate SHOP = cert("shop.example.com", "AMAZON_ISSUED", "RSA_2048", "2026-09-01T00:00:00Z", true,
            logging("ENABLED"));
    static final Certificate LEGACY = cert("legacy.example.com", "IMPORTED", "RSA_1024", "2026-03-20T00:00:00Z", true,
            Optional.empty());
    static final Certificate OLD = cert("old.example.com", "AMAZON_ISSUED", "EC_prime256v1", "2026-02-01T00:00:00Z",
            false, logging("DISABLED"));

    static AcmInventory of(Certificate... certificates) {
        return new AcmInventory(SCAN, Fetched.ok(List.of(certificates), AcmInventory.LIST_CERTIFICATES));
    }

    @Test
    void certificatesInUseMustLast30DaysAndUnusedOnesAreNotJudged() {
        var findings = new AcmCertificatesExpirationCheck().evaluate(of(SHOP, LEGACY, OLD), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(1).reason()).contains("expires on 2026-03-20", "in 18 days");
        assertThat(new AcmCertificatesExpirationCheck().evaluate(of(OLD), EU).get(0).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void anRsaKeyUnder2048BitsFails() {
        assertThat(new AcmCertificatesWithSecureKeyAlgorithms().evaluate(of(SHOP, LEGACY, OLD), EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL, Status.PASS);
    }

    @Test
    void transparencyIsJudgedOnAmazonIssuedCertificatesOnly() {
        var findings = new AcmCertificatesTransparencyLogsEnabled().evaluate(of(SHOP, LEGACY, OLD), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(new AcmCertificatesTransparencyLogsEnabled().evaluate(of(LEGACY), EU).get(0).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void couldNotAssessWhenAListingOrADescriptionIsRefused() {
        var refused = new AcmInventory(SCAN, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                AcmInventory.LIST_CERTIFICATES, ""));
        assertThat(new AcmCertificatesExpirationCheck().evaluate(refused, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
        Certificate undescribed = cert("api.example.com", "AMAZON_ISSUED", "RSA_2048", "2026-09-01T00:00:00Z", true,
                Optional.of(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, AcmInventory.DESCRIBE_CERTIFICATE, "")));
        assertThat(new AcmCertificatesTransparencyLogsEnabled().evaluate(of(undescribed), EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("acm:DescribeCertificate");
                    assertThat(f.resourceId()).isEqualTo(undescribed.arn());
                });
    }
}
