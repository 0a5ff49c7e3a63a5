package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;

/**
 * The root user can only sign in with a second factor, or has no credentials to sign in with at all (removed
 * through Organizations' centralized root access).
 */
public final class IamRootMfaEnabled extends InventoryCheck<IamAccountInventory> {

    public IamRootMfaEnabled() {
        super(global("iam_root_mfa_enabled", "Root user has MFA enabled", "iam", Severity.CRITICAL,
                List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY), "Sign in as the root user, open Security "
                + "credentials and register an MFA device. Keep the device, or its recovery, where two named people "
                + "can reach it in an emergency."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return RootAccountSummary.judgeMfa(id(), inventory, target, "AccountMFAEnabled", 1,
                "The root user has an MFA device.",
                "The root user has no MFA device: its password alone opens the whole account.");
    }
}
