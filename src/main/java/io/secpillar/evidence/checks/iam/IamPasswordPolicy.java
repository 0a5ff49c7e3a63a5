package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;

import java.util.List;
import java.util.Map;

/**
 * The account password policy keeps one {@link PasswordRule}: registered for minimum length 14, reuse 24 and
 * complexity, as iam_password_policy_minimum_length_14 and so on. FAIL when the account has no policy at all (IAM
 * then accepts passwords of 8 characters, any mix).
 */
public final class IamPasswordPolicy extends InventoryCheck<IamAccountInventory> {

    private final PasswordRule rule;

    public IamPasswordPolicy(PasswordRule rule) {
        super(global("iam_password_policy_" + rule.idSuffix(), rule.title(), "iam", Severity.MEDIUM,
                List.of(IamAccountInventory.GET_PASSWORD_POLICY), rule.remediation()));
        this.rule = rule;
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return accountFinding(inventory.passwordPolicy(), target, policy -> policy.map(p -> {
            var missing = rule.problem().apply(p);
            return passIf(missing.isEmpty(), missing.orElse(rule.passes()), observed(p),
                    "GetAccountPasswordPolicy: " + p.proof());
        }).orElseGet(() -> fail("The account has no IAM password policy, so IAM accepts any 8-character password.",
                Map.of("passwordPolicy", "none"), "GetAccountPasswordPolicy: NoSuchEntity")));
    }

    private static Map<String, String> observed(PasswordPolicy p) {
        return Map.of("MinimumPasswordLength", String.valueOf(p.minimumLength()),
                "PasswordReusePrevention", String.valueOf(p.reusePrevention()),
                "RequireUppercaseCharacters", String.valueOf(p.requireUppercase()),
                "RequireLowercaseCharacters", String.valueOf(p.requireLowercase()),
                "RequireNumbers", String.valueOf(p.requireNumbers()),
                "RequireSymbols", String.valueOf(p.requireSymbols()));
    }
}
