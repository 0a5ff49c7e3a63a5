package io.secpillar.evidence.checks.acm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.acm.AcmInventory;

import java.util.List;
import java.util.Map;

/** No certificate has an RSA key shorter than 2048 bits (EC keys ACM offers are all strong enough). */
public final class AcmCertificatesWithSecureKeyAlgorithms extends InventoryCheck<AcmInventory> {

    private static final int MINIMUM_RSA_BITS = 2048;

    public AcmCertificatesWithSecureKeyAlgorithms() {
        super(regional("acm_certificates_with_secure_key_algorithms", "Certificates have RSA keys of 2048 bits or "
                + "more", "acm", Severity.HIGH, List.of(AcmInventory.LIST_CERTIFICATES), "Issue a new certificate "
                + "with an RSA 2048 (or stronger) or ECDSA P-256 key, re-import it, and move the resources that use "
                + "the weak one over before deleting it."));
    }

    @Override
    public List<Finding> evaluate(AcmInventory inventory, Target target) {
        return perResource(inventory.certificates(), target, "certificates", c -> {
            boolean strong = c.rsaBits().map(bits -> bits >= MINIMUM_RSA_BITS).orElse(true);
            return finding(target, c.arn(), passIf(strong, "Certificate for " + c.domain() + " has a "
                    + c.keyAlgorithm() + " key" + (strong ? "." : ", shorter than RSA 2048."),
                    Map.of("KeyAlgorithm", String.valueOf(c.keyAlgorithm())), c.proof()));
        });
    }
}
