package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;
import java.util.Optional;

/** The IAM password policy stops people from going back to any of their last 24 passwords. */
public final class IamPasswordPolicyReuse24 extends InventoryCheck<IamAccountInventory> {

    public IamPasswordPolicyReuse24() {
        super(IamAccountInventory.class, global("iam_password_policy_reuse_24", "Password policy prevents reuse of "
                + "the last 24 passwords", "iam", Severity.MEDIUM, List.of(IamAccountInventory.GET_PASSWORD_POLICY),
                "Set the account password policy's password reuse prevention to 24, so a changed password cannot "
                + "quietly come back."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return PasswordPolicyVerdict.judge(id(), inventory, target, policy -> {
            int remembered = policy.reusePrevention() == null ? 0 : policy.reusePrevention();
            return remembered >= 24 ? Optional.empty()
                    : Optional.of("The password policy remembers " + remembered + " previous passwords (24 wanted).");
        }, "The password policy prevents reuse of the last 24 passwords.");
    }
}
