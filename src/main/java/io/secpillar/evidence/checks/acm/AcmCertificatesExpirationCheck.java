package io.secpillar.evidence.checks.acm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.acm.AcmInventory;
import io.secpillar.evidence.inventory.acm.AcmInventory.Certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Each certificate in use stays valid for at least 30 days after the scan; unused ones are not judged. */
public final class AcmCertificatesExpirationCheck extends InventoryCheck<AcmInventory> {

    private static final Duration WARNING = Duration.ofDays(30);

    public AcmCertificatesExpirationCheck() {
        super(regional("acm_certificates_expiration_check", "Certificates in use are valid for 30 more days", "acm",
                Severity.HIGH, List.of(AcmInventory.LIST_CERTIFICATES), "Renew or re-import the certificate; for an "
                + "Amazon-issued one, fix the DNS or e-mail validation that blocks managed renewal."));
    }

    @Override
    public List<Finding> evaluate(AcmInventory inventory, Target target) {
        Instant now = inventory.collectedAt();
        var inUse = inventory.certificates().map(list -> list.stream().filter(Certificate::inUse).toList());
        return PerResource.findings(id(), target, inUse, "certificates in use", "No certificate of the region is in "
                + "use.", c -> {
            boolean valid = c.notAfter().filter(end -> end.isAfter(now.plus(WARNING))).isPresent();
            String end = c.notAfter().map(Instant::toString).orElse("unknown");
            long days = c.notAfter().map(e -> Duration.between(now, e).toDays()).orElse(0L);
            return finding(target, c.arn(), passIf(valid, "Certificate for " + c.domain() + (valid ? " is valid until "
                    + end + "." : days < 0 ? " expired on " + end + "." : " expires on " + end + ", in " + days
                    + " days."), Map.of("NotAfter", end, "daysLeft", String.valueOf(days), "ScanTime", now.toString()),
                    c.proof()));
        });
    }
}
