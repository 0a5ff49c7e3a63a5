package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The IAM password policy asks for upper and lower case letters, digits and symbols. */
public final class IamPasswordPolicyComplexity extends InventoryCheck<IamAccountInventory> {

    public IamPasswordPolicyComplexity() {
        super(IamAccountInventory.class, global("iam_password_policy_complexity", "Password policy requires upper "
                + "case, lower case, digits and symbols", "iam", Severity.MEDIUM,
                List.of(IamAccountInventory.GET_PASSWORD_POLICY), "Tick all four character classes in the account "
                + "password policy (upper case, lower case, numbers, non-alphanumeric characters)."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return PasswordPolicyVerdict.judge(id(), inventory, target, IamPasswordPolicyComplexity::missing,
                "The password policy requires all four character classes.");
    }

    private static Optional<String> missing(PasswordPolicy p) {
        List<String> missing = Stream.of(required("upper case", p.requireUppercase()),
                        required("lower case", p.requireLowercase()), required("numbers", p.requireNumbers()),
                        required("symbols", p.requireSymbols()))
                .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("The password policy does not require " + String.join(", ", missing) + ".");
    }

    private static Map.Entry<String, Boolean> required(String characterClass, Boolean required) {
        return Map.entry(characterClass, Boolean.TRUE.equals(required));
    }
}
