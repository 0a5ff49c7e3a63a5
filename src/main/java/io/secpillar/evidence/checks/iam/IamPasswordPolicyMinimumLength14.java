package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;
import java.util.Optional;

/** The IAM password policy asks for at least 14 characters. */
public final class IamPasswordPolicyMinimumLength14 extends InventoryCheck<IamAccountInventory> {

    public IamPasswordPolicyMinimumLength14() {
        super(IamAccountInventory.class, global("iam_password_policy_minimum_length_14", "Password policy requires at "
                + "least 14 characters", "iam", Severity.MEDIUM, List.of(IamAccountInventory.GET_PASSWORD_POLICY),
                "Set the account password policy's minimum length to 14 or more. Better still, sign people in through "
                + "IAM Identity Center or your identity provider and keep IAM users for exceptions."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return PasswordPolicyVerdict.judge(id(), inventory, target, policy -> {
            int length = policy.minimumLength() == null ? 0 : policy.minimumLength();
            return length >= 14 ? Optional.empty()
                    : Optional.of("The password policy accepts passwords of " + length + " characters (14 wanted).");
        }, "The password policy requires at least 14 characters.");
    }
}
