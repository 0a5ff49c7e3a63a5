package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the password-policy checks share: the one account-wide finding, could-not-assess when the policy could
 * not be read, and FAIL when the account has no policy (IAM then accepts passwords of 8 characters, any mix).
 */
final class PasswordPolicyVerdict {

    private PasswordPolicyVerdict() {
    }

    /**
     * @param problem what the policy lacks for this check, empty when it has it
     */
    static List<Finding> judge(String checkId, IamAccountInventory inventory, Target target,
                               Function<PasswordPolicy, Optional<String>> problem, String passSentence) {
        if (!inventory.passwordPolicy().isOk()) {
            return List.of(inventory.passwordPolicy().couldNotAssess(checkId, target, target.accountId()));
        }
        Verdict verdict = inventory.passwordPolicy().value().map(policy -> {
            Optional<String> missing = problem.apply(policy);
            return Verdict.passIf(missing.isEmpty(), missing.orElse(passSentence), observed(policy),
                    "GetAccountPasswordPolicy: " + policy.proof());
        }).orElseGet(() -> Verdict.fail("The account has no IAM password policy, so IAM accepts any "
                + "8-character password.", Map.of("passwordPolicy", "none"), "GetAccountPasswordPolicy: NoSuchEntity"));
        return List.of(verdict.about(checkId, target, target.accountId()));
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
