package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The three password-policy checks: a strong policy passes all, a weak one fails each, none at all fails. */
class IamPasswordPolicyChecksTest {

    private static final PasswordPolicy STRONG = new PasswordPolicy(16, 24, true, true, true, true, "strong policy");
    private static final PasswordPolicy WEAK = new PasswordPolicy(8, 5, true, true, false, null, "weak policy");

    private static Status status(Check<IamAccountInventory> check, IamAccountInventory inventory) {
        var findings = check.evaluate(inventory, GLOBAL);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).resourceId()).isEqualTo("111122223333");
        return findings.get(0).status();
    }

    @Test
    void minimumLength14() {
        var check = new IamPasswordPolicyMinimumLength14();
        assertThat(status(check, IamFixtures.withPasswordPolicy(STRONG))).isEqualTo(Status.PASS);
        assertThat(status(check, IamFixtures.withPasswordPolicy(WEAK))).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(IamFixtures.withPasswordPolicy(WEAK), GLOBAL).get(0).reason())
                .contains("8 characters");
    }

    @Test
    void reuse24() {
        var check = new IamPasswordPolicyReuse24();
        assertThat(status(check, IamFixtures.withPasswordPolicy(STRONG))).isEqualTo(Status.PASS);
        assertThat(status(check, IamFixtures.withPasswordPolicy(WEAK))).isEqualTo(Status.FAIL);
    }

    @Test
    void complexityNamesTheMissingClasses() {
        var check = new IamPasswordPolicyComplexity();
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
        for (Check<IamAccountInventory> check : java.util.List.<Check<IamAccountInventory>>of(
                new IamPasswordPolicyMinimumLength14(), new IamPasswordPolicyReuse24(),
                new IamPasswordPolicyComplexity())) {
            var finding = check.evaluate(none, GLOBAL).get(0);
            assertThat(finding.status()).isEqualTo(Status.FAIL);
            assertThat(finding.reason()).contains("no IAM password policy");
            assertThat(finding.proof()).contains("NoSuchEntity");
        }
    }

    @Test
    void refusedReadIsCouldNotAssessForEveryRule() {
        var denied = IamFixtures.withPasswordPolicy(IamFixtures.denied("iam:GetAccountPasswordPolicy"));
        for (Check<IamAccountInventory> check : java.util.List.<Check<IamAccountInventory>>of(
                new IamPasswordPolicyMinimumLength14(), new IamPasswordPolicyReuse24(),
                new IamPasswordPolicyComplexity())) {
            var finding = check.evaluate(denied, GLOBAL).get(0);
            assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(finding.reason()).contains("iam:GetAccountPasswordPolicy");
        }
    }
}
