package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.inspector2.model.AccountState;

import java.util.List;
import java.util.Map;

/** Amazon Inspector scans the account's workloads for vulnerabilities in the region, where Inspector exists. */
public final class Inspector2IsEnabled implements Check<InspectorInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("inspector2_is_enabled",
            "Amazon Inspector is enabled in the region", "inspector2", Scope.REGIONAL, Severity.MEDIUM,
            InspectorInventory.OPERATIONS,
            "Enable Amazon Inspector for EC2, ECR and Lambda from a delegated administrator, with auto-enable for "
                    + "new accounts, and feed its findings into your patching and triage routine.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<InspectorInventory> inventoryType() {
        return InspectorInventory.class;
    }

    @Override
    public List<Finding> evaluate(InspectorInventory inventory, Target target) {
        if (!inventory.offered()) {
            return List.of(new Finding(METADATA.id(), Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "Amazon Inspector is not offered in " + target.region() + ".", Map.of(), ""));
        }
        if (!inventory.status().isOk()) {
            return List.of(inventory.status().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        var response = inventory.status().value();
        if (response.accounts().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.COULD_NOT_ASSESS, target.accountId(), target.region(),
                    target.accountId(), "Inspector gave no status for the account: " + response.failedAccounts(),
                    Map.of("reason", "ERROR"), "BatchGetAccountStatus: " + response));
        }
        AccountState account = response.accounts().get(0);
        String status = account.state() == null ? "UNKNOWN" : account.state().statusAsString();
        boolean enabled = "ENABLED".equals(status);
        return List.of(new Finding(METADATA.id(), enabled ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), target.accountId(), "Amazon Inspector is " + status + " for the account.",
                Map.of("status", status), "BatchGetAccountStatus: " + account));
    }
}
