package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A rule the account password policy must keep, one per registration of {@link IamPasswordPolicy}: its title and
 * remediation, what the finding says when the rule is kept, and what the policy lacks when it is not.
 */
public record PasswordRule(String idSuffix, String title, String remediation, String passes,
                           Function<PasswordPolicy, Optional<String>> problem) {

    public static final PasswordRule MINIMUM_LENGTH_14 = new PasswordRule("minimum_length_14",
            "Password policy requires at least 14 characters", "Set the account password policy's minimum length to 14 "
            + "or more. Better still, sign people in through IAM Identity Center or your identity provider and keep "
            + "IAM users for exceptions.", "The password policy requires at least 14 characters.",
            p -> atLeast(p.minimumLength(), 14, "The password policy accepts passwords of %d characters (14 wanted)."));
    public static final PasswordRule REUSE_24 = new PasswordRule("reuse_24",
            "Password policy prevents reuse of the last 24 passwords", "Set the account password policy's password "
            + "reuse prevention to 24, so a changed password cannot quietly come back.",
            "The password policy prevents reuse of the last 24 passwords.",
            p -> atLeast(p.reusePrevention(), 24, "The password policy remembers %d previous passwords (24 wanted)."));
    public static final PasswordRule COMPLEXITY = new PasswordRule("complexity",
            "Password policy requires upper case, lower case, digits and symbols", "Tick all four character classes in "
            + "the account password policy (upper case, lower case, numbers, non-alphanumeric characters).",
            "The password policy requires all four character classes.", PasswordRule::missingClasses);

    /** Every registration, in catalog order. */
    public static final List<PasswordRule> ALL = List.of(MINIMUM_LENGTH_14, REUSE_24, COMPLEXITY);

    /** A setting the policy leaves out counts as 0. */
    private static Optional<String> atLeast(Integer setting, int wanted, String problem) {
        int value = setting == null ? 0 : setting;
        return value >= wanted ? Optional.empty() : Optional.of(String.format(Locale.ROOT, problem, value));
    }

    private static Optional<String> missingClasses(PasswordPolicy p) {
        List<String> missing = Stream.of(Map.entry("upper case", on(p.requireUppercase())),
                        Map.entry("lower case", on(p.requireLowercase())), Map.entry("numbers", on(p.requireNumbers())),
                        Map.entry("symbols", on(p.requireSymbols())))
                .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("The password policy does not require " + String.join(", ", missing) + ".");
    }

    private static boolean on(Boolean required) {
        return Boolean.TRUE.equals(required);
    }
}
