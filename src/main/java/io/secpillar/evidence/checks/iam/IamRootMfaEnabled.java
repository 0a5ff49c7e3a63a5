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

/** The root user can only sign in with a second factor. */
public final class IamRootMfaEnabled implements Check<IamAccountInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_root_mfa_enabled",
            "Root user has MFA enabled", "iam", Scope.GLOBAL, Severity.CRITICAL,
            List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY),
            "Sign in as the root user, open Security credentials and register an MFA device. Keep the device, "
                    + "or its recovery, where two named people can reach it in an emergency.");

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
        int mfa = inventory.summary().value().getOrDefault("AccountMFAEnabled", 0);
        boolean on = mfa == 1;
        String reason = on ? "The root user has an MFA device."
                : "The root user has no MFA device: its password alone opens the whole account.";
        return List.of(new Finding(METADATA.id(), on ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), root, reason, Map.of("AccountMFAEnabled", String.valueOf(mfa)),
                "GetAccountSummary SummaryMap: AccountMFAEnabled=" + mfa));
    }
}
