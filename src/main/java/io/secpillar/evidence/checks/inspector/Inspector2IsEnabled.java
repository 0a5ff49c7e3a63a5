package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.inspector.InspectorInventory;

import java.util.List;
import java.util.Map;

/** Amazon Inspector scans the account's workloads for vulnerabilities in the region, where Inspector exists. */
public final class Inspector2IsEnabled extends InventoryCheck<InspectorInventory> {

    public Inspector2IsEnabled() {
        super(regional("inspector2_is_enabled", "Amazon Inspector is enabled in the region", "inspector2",
                Severity.MEDIUM, InspectorInventory.OPERATIONS, "Enable Amazon Inspector for EC2, ECR and Lambda from "
                + "a delegated administrator, with auto-enable for new accounts, and feed its findings into your "
                + "patching and triage routine."));
    }

    @Override
    public List<Finding> evaluate(InspectorInventory inventory, Target target) {
        if (!inventory.offered()) {
            return notOffered("Amazon Inspector", target);
        }
        return accountFinding(inventory.status(), target, account -> !account.reported()
                ? new Verdict(Status.COULD_NOT_ASSESS, "Inspector gave no status for the account: "
                        + account.failedAccounts(), Map.of("reason", "ERROR"), "BatchGetAccountStatus: " + account.proof())
                : passIf("ENABLED".equals(account.status()), "Amazon Inspector is " + account.status()
                        + " for the account.", Map.of("status", account.status()),
                        "BatchGetAccountStatus: " + account.proof()));
    }
}
