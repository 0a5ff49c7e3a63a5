package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;

/** The root user has no access keys: nothing programmatic should ever act as root. */
public final class IamNoRootAccessKey implements Check<IamAccountInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_no_root_access_key",
            "Root user has no access keys", "iam", Scope.GLOBAL, Severity.CRITICAL,
            List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY),
            "Find what uses the root access keys (CloudTrail shows the key id), move that work to a role with "
                    + "only the permissions it needs, then deactivate and delete the root keys.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<IamAccountInventory> inventoryType() {
        return IamAccountInventory.class;
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        String root = inventory.rootArn(target.accountId());
        if (!inventory.summary().isOk()) {
            return List.of(inventory.summary().couldNotAssess(METADATA.id(), target, root));
        }
        int keys = inventory.summary().value().getOrDefault("AccountAccessKeysPresent", 0);
        boolean none = keys == 0;
        String reason = none ? "The root user has no access keys."
                : "The root user has access keys: a leaked key would give unrestricted, unscoped access.";
        return List.of(new Finding(METADATA.id(), none ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), root, reason, Map.of("AccountAccessKeysPresent", String.valueOf(keys)),
                "GetAccountSummary SummaryMap: AccountAccessKeysPresent=" + keys));
    }
}
