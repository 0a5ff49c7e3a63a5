package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The password-policy check under its three rules: a strong policy passes all, a weak one fails each, none fails. */
class IamPasswordPolicyTest {

    private static final PasswordPolicy STRONG = new PasswordPolicy(16, 24, true, true, true, true, "strong policy");
    private static final PasswordPolicy WEAK = new PasswordPolicy(8, 5, true, true, false, null, "weak policy");

    private static Status status(Check<IamAccountInventory> check, IamAccountInventory inventory) {
        var findings = check.evaluate(inventory, GLOBAL);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).resourceId()).isEqualTo("111122223333");
        return findings.get(0).status();
    }

    private static final List<IamPasswordPolicy> ALL = PasswordRule.ALL.stream().map(IamPasswordPolicy::new).toList();

    @Test
    void eachRuleIsRegisteredUnderItsOwnId() {
        assertThat(ALL).extracting(c -> c.metadata().id()).containsExactly("iam_password_policy_minimum_length_14",
                "iam_password_policy_reuse_24", "iam_password_policy_complexity");
        assertThat(ALL.get(1).metadata().title()).isEqualTo("Password policy prevents reuse of the last 24 passwords");
    }

    @Test
    void minimumLength14() {
        var check = new IamPasswordPolicy(PasswordRule.MINIMUM_LENGTH_14);
        assertThat(status(check, IamFixtures.withPasswordPolicy(STRONG))).isEqualTo(Status.PASS);
        assertThat(status(check, IamFixtures.withPasswordPolicy(WEAK))).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(IamFixtures.withPasswordPolicy(WEAK), GLOBAL).get(0).reason())
                .isEqualTo("The password policy accepts passwords of 8 characters (14 wanted).");
        assertThat(check.evaluate(IamFixtures.withPasswordPolicy(STRONG), GLOBAL).get(0).reason())
                .isEqualTo("The password policy requires at least 14 characters.");
    }

    @Test
    void reuse24() {
        var check = new IamPasswordPolicy(PasswordRule.REUSE_24);
        assertThat(status(check, IamFixtures.withPasswordPolicy(STRONG))).isEqualTo(Status.PASS);
        assertThat(status(check, IamFixtures.withPasswordPolicy(WEAK))).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(IamFixtures.withPasswordPolicy(WEAK), GLOBAL).get(0).reason())
                .isEqualTo("The password policy remembers 5 previous passwords (24 wanted).");
    }

    @Test
    void complexityNamesTheMissingClasses() {
        var check = new IamPasswordPolicy(PasswordRule.COMPLEXITY);
        assertThat(status(check, IamFixtures.withPasswordPolicy(STRONG))).isEqualTo(Status.PASS);
        var weak = check.evaluate(IamFixtures.withPasswordPolicy(WEAK), GLOBAL).get(0);
        assertThat(weak.status()).isEqualTo(Status.FAIL);
        assertThat(weak.reason()).contains("numbers, symbols").doesNotContain("upper case");
        assertThat(weak.proof()).isEqualTo("GetAccountPasswordPolicy: weak policy");
        assertThat(weak.observed()).containsEntry("MinimumPasswordLength", "8").containsEntry("RequireSymbols", "null");
    }

    @Test
    void noPolicyAtAllFailsEveryRule() {
        var none = IamFixtures.withPasswordPolicy(Fetched.ok(Optional.empty(), "iam:GetAccountPasswordPolicy"));
        for (IamPasswordPolicy check : ALL) {
            var finding = check.evaluate(none, GLOBAL).get(0);
            assertThat(finding.status()).isEqualTo(Status.FAIL);
            assertThat(finding.reason()).contains("no IAM password policy");
            assertThat(finding.proof()).contains("NoSuchEntity");
        }
    }

    @Test
    void refusedReadIsCouldNotAssessForEveryRule() {
        var denied = IamFixtures.withPasswordPolicy(IamFixtures.denied("iam:GetAccountPasswordPolicy"));
        for (IamPasswordPolicy check : ALL) {
            var finding = check.evaluate(denied, GLOBAL).get(0);
            assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(finding.reason()).contains("iam:GetAccountPasswordPolicy");
        }
    }
}
