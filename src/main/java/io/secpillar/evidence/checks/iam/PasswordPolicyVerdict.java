package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the password-policy checks share: the one account-wide finding, could-not-assess when the policy could
 * not be read, and FAIL when the account has no policy (IAM then accepts passwords of 8 characters, any mix).
 */
final class PasswordPolicyVerdict {

    /** A rule on the policy: empty when it is met, otherwise the sentence saying what is missing. */
    interface Rule {
        Optional<String> problem(PasswordPolicy policy);
    }

    private PasswordPolicyVerdict() {
    }

    static List<Finding> judge(CheckMetadata metadata, IamAccountInventory inventory, Target target, Rule rule,
                               String passSentence) {
        String resource = target.accountId();
        if (!inventory.passwordPolicy().isOk()) {
            return List.of(inventory.passwordPolicy().couldNotAssess(metadata.id(), target, resource));
        }
        Optional<PasswordPolicy> policy = inventory.passwordPolicy().value();
        if (policy.isEmpty()) {
            return List.of(new Finding(metadata.id(), Status.FAIL, target.accountId(), target.region(), resource,
                    "The account has no IAM password policy, so IAM accepts any 8-character password.",
                    Map.of("passwordPolicy", "none"), "GetAccountPasswordPolicy: NoSuchEntity"));
        }
        Optional<String> problem = rule.problem(policy.get());
        return List.of(new Finding(metadata.id(), problem.isEmpty() ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), resource, problem.orElse(passSentence), observed(policy.get()),
                "GetAccountPasswordPolicy: " + policy.get()));
    }

    private static Map<String, String> observed(PasswordPolicy p) {
        return Map.of("MinimumPasswordLength", String.valueOf(p.minimumPasswordLength()),
                "PasswordReusePrevention", String.valueOf(p.passwordReusePrevention()),
                "RequireUppercaseCharacters", String.valueOf(p.requireUppercaseCharacters()),
                "RequireLowercaseCharacters", String.valueOf(p.requireLowercaseCharacters()),
                "RequireNumbers", String.valueOf(p.requireNumbers()),
                "RequireSymbols", String.valueOf(p.requireSymbols()));
    }
}
