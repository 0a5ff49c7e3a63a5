package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;

/** Amazon Macie is enabled (not paused) in the region, where Macie exists, to find sensitive data in S3. */
public final class MacieIsEnabled implements Check<MacieInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("macie_is_enabled",
            "Amazon Macie is enabled in the region", "macie", Scope.REGIONAL, Severity.LOW,
            MacieInventory.OPERATIONS,
            "Enable Macie from a delegated administrator with automated sensitive data discovery, so buckets "
                    + "holding personal or secret data are known and watched.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<MacieInventory> inventoryType() {
        return MacieInventory.class;
    }

    @Override
    public List<Finding> evaluate(MacieInventory inventory, Target target) {
        if (!inventory.offered()) {
            return List.of(finding(target, Status.NOT_APPLICABLE, "Amazon Macie is not offered in " + target.region()
                    + ".", Map.of(), ""));
        }
        if (!inventory.session().isOk()) {
            return List.of(inventory.session().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.session().value().isEmpty()) {
            return List.of(finding(target, Status.FAIL, "Amazon Macie is not enabled in " + target.region() + ".",
                    Map.of("status", "NOT_ENABLED"), "GetMacieSession: AccessDeniedException: Macie is not enabled."));
        }
        var session = inventory.session().value().get();
        String status = session.statusAsString();
        return List.of(finding(target, "ENABLED".equals(status) ? Status.PASS : Status.FAIL,
                "Amazon Macie is " + status + " in " + target.region() + ".", Map.of("status", String.valueOf(status)),
                "GetMacieSession: " + session));
    }

    private static Finding finding(Target target, Status status, String reason, Map<String, String> observed,
                                   String proof) {
        return new Finding(METADATA.id(), status, target.accountId(), target.region(), target.accountId(), reason,
                observed, proof);
    }
}
