package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Optional;

/** The IAM password policy asks for at least 14 characters. */
public final class IamPasswordPolicyMinimumLength14 implements Check<IamAccountInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_password_policy_minimum_length_14",
            "Password policy requires at least 14 characters", "iam", Scope.GLOBAL, Severity.MEDIUM,
            List.of(IamAccountInventory.GET_PASSWORD_POLICY),
            "Set the account password policy's minimum length to 14 or more. Better still, sign people in "
                    + "through IAM Identity Center or your identity provider and keep IAM users for exceptions.");

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
        return PasswordPolicyVerdict.judge(METADATA, inventory, target, policy -> {
            int length = policy.minimumPasswordLength() == null ? 0 : policy.minimumPasswordLength();
            return length >= 14 ? Optional.empty()
                    : Optional.of("The password policy accepts passwords of " + length + " characters (14 wanted).");
        }, "The password policy requires at least 14 characters.");
    }
}
