package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;

/** The root user has no access keys: nothing programmatic should ever act as root. */
public final class IamNoRootAccessKey extends InventoryCheck<IamAccountInventory> {

    public IamNoRootAccessKey() {
        super(global("iam_no_root_access_key", "Root user has no access keys", "iam", Severity.CRITICAL,
                List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY), "Find what uses the root access keys (CloudTrail "
                + "shows the key id), move that work to a role with only the permissions it needs, then deactivate "
                + "and delete the root keys."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return RootAccountSummary.judge(id(), inventory, target, "AccountAccessKeysPresent", 0,
                "The root user has no access keys.",
                "The root user has access keys: a leaked key would give unrestricted, unscoped access.");
    }
}
