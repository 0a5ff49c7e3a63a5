package io.secpillar.evidence.checks.acm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.acm.AcmInventory;

import java.util.List;
import java.util.Map;

/** Amazon-issued certificates go to public CT logs, so a rogue one for your domains gets noticed. */
public final class AcmCertificatesTransparencyLogsEnabled extends InventoryCheck<AcmInventory> {

    public AcmCertificatesTransparencyLogsEnabled() {
        super(regional("acm_certificates_transparency_logs_enabled", "Amazon-issued certificates are logged for "
                + "transparency", "acm", Severity.LOW, AcmInventory.OPERATIONS, "Set the certificate's transparency "
                + "logging preference to ENABLED (update-certificate-options) and monitor the CT logs for your "
                + "domains."));
    }

    @Override
    public List<Finding> evaluate(AcmInventory inventory, Target target) {
        var issued = inventory.certificates().map(list -> list.stream().filter(c -> c.transparency().isPresent())
                .toList());
        return PerResource.findings(id(), target, issued, "Amazon-issued certificates", "The region has no "
                + "Amazon-issued certificate.", c -> fromRead(c.transparency().get(), target, c.arn(), preference ->
                passIf("ENABLED".equals(preference), "Certificate for " + c.domain() + " has transparency logging "
                        + preference + ".", Map.of("CertificateTransparencyLoggingPreference", preference),
                        c.proof())));
    }
}
