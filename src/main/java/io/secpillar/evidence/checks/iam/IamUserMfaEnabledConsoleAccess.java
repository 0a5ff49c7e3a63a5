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

/** Every IAM user who can sign in to the console with a password also has MFA. */
public final class IamUserMfaEnabledConsoleAccess implements Check<CredentialReportInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_user_mfa_enabled_console_access",
            "Console users have MFA", "iam", Scope.GLOBAL, Severity.HIGH,
            CredentialReportInventory.OPERATIONS,
            "Require MFA for every IAM user with a console password (a policy denying all but MFA set-up "
                    + "until MFA is present helps), or remove the password and sign people in through IAM "
                    + "Identity Center.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<CredentialReportInventory> inventoryType() {
        return CredentialReportInventory.class;
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        if (!inventory.report().isOk()) {
            return List.of(inventory.report().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        return inventory.report().value().users().stream().filter(row -> row.flag("password_enabled")).map(row -> {
            boolean mfa = row.flag("mfa_active");
            String reason = mfa ? "IAM user " + row.user() + " has a console password and MFA."
                    : "IAM user " + row.user() + " can sign in to the console with a password alone.";
            return new Finding(METADATA.id(), mfa ? Status.PASS : Status.FAIL, target.accountId(), target.region(),
                    row.arn(), reason, Map.of("password_enabled", "true", "mfa_active", String.valueOf(mfa)),
                    row.excerpt("password_enabled", "mfa_active", "password_last_used"));
        }).toList();
    }
}
