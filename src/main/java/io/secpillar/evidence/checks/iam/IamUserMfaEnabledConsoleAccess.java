package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;

import java.util.List;
import java.util.Map;

/** Every IAM user who can sign in to the console with a password also has MFA. */
public final class IamUserMfaEnabledConsoleAccess extends InventoryCheck<CredentialReportInventory> {

    public IamUserMfaEnabledConsoleAccess() {
        super(global("iam_user_mfa_enabled_console_access", "Console users have MFA", "iam", Severity.HIGH,
                CredentialReportInventory.OPERATIONS, "Require MFA for every IAM user with a console password (a "
                + "policy denying all but MFA set-up until MFA is present helps), or remove the password and sign "
                + "people in through IAM Identity Center."));
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        return UserRows.judge(id(), inventory, target, row -> row.flag("password_enabled"), row -> {
            boolean mfa = row.flag("mfa_active");
            return passIf(mfa, "IAM user " + row.user() + (mfa ? " has a console password and MFA."
                    : " can sign in to the console with a password alone."), Map.of("password_enabled", "true",
                    "mfa_active", String.valueOf(mfa)), row.excerpt("password_enabled", "mfa_active", "password_last_used"));
        });
    }
}
