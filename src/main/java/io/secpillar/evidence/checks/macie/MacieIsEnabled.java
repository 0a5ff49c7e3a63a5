package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.macie.MacieInventory;

import java.util.List;
import java.util.Map;

/** Amazon Macie is enabled (not paused) in the region, where Macie exists, to find sensitive data in S3. */
public final class MacieIsEnabled extends InventoryCheck<MacieInventory> {

    public MacieIsEnabled() {
        super(regional("macie_is_enabled", "Amazon Macie is enabled in the region", "macie", Severity.LOW,
                MacieInventory.OPERATIONS, "Enable Macie from a delegated administrator with automated sensitive data "
                + "discovery, so buckets holding personal or secret data are known and watched."));
    }

    @Override
    public List<Finding> evaluate(MacieInventory inventory, Target target) {
        if (!inventory.offered()) {
            return notOffered("Amazon Macie", target);
        }
        return accountFinding(inventory.session(), target, session -> session.map(s -> passIf(
                "ENABLED".equals(s.status()), "Amazon Macie is " + s.status() + " in " + target.region() + ".",
                Map.of("status", String.valueOf(s.status())), "GetMacieSession: " + s.proof()))
                .orElseGet(() -> fail("Amazon Macie is not enabled in " + target.region() + ".",
                        Map.of("status", "NOT_ENABLED"), "GetMacieSession: AccessDeniedException: Macie is not enabled.")));
    }
}
