package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.account.AccountContactInventory.SecurityContact;
import io.secpillar.evidence.inventory.account.AccountContactInventory;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccountSecurityContactInformationIsRegisteredTest {

    private static final Target GLOBAL = new Target("audit", "111122223333", Target.GLOBAL_REGION);
    private final AccountSecurityContactInformationIsRegistered check =
            new AccountSecurityContactInformationIsRegistered();

    @Test
    void passesWithAContactAndMasksItsDetails() {
        var contact = new SecurityContact("Security Team", "SOC", "security@example.com", "+1 206 555 0100");

        var finding = check.evaluate(new AccountContactInventory(Fetched.ok(Optional.of(contact),
                "account:GetAlternateContact")), GLOBAL).get(0);

        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.proof()).contains("s***@example.com", "***00").doesNotContain("security@", "555");
        assertThat(finding.observed().toString()).doesNotContain("security@");
    }

    @Test
    void failsWithoutContact() {
        assertThat(check.evaluate(new AccountContactInventory(Fetched.ok(Optional.empty(), "x")), GLOBAL).get(0)
                .status()).isEqualTo(Status.FAIL);
    }

    @Test
    void couldNotAssessWhenRefused() {
        var refused = new AccountContactInventory(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "account:GetAlternateContact", ""));
        assertThat(check.evaluate(refused, GLOBAL).get(0).reason()).contains("account:GetAlternateContact");
    }
}
