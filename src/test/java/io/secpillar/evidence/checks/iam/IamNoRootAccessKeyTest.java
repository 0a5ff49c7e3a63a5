package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;

class IamNoRootAccessKeyTest {

    private final IamNoRootAccessKey check = new IamNoRootAccessKey();

    @Test
    void passesWithoutRootKeys() {
        assertThat(check.evaluate(IamFixtures.summary(Map.of("AccountAccessKeysPresent", 0)), GLOBAL))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    }

    @Test
    void failsWhenRootHasKeys() {
        assertThat(check.evaluate(IamFixtures.summary(Map.of("AccountAccessKeysPresent", 1)), GLOBAL))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.FAIL);
                    assertThat(f.observed()).containsEntry("AccountAccessKeysPresent", "1");
                    assertThat(f.proof()).contains("AccountAccessKeysPresent=1");
                });
    }

    @Test
    void couldNotAssessWhenTheSummaryWasRefused() {
        IamAccountInventory base = IamFixtures.summary(Map.of());
        IamAccountInventory denied = IamFixtures.account(IamFixtures.denied("iam:GetAccountSummary"),
                base.virtualMfaDevices(), base.passwordPolicy(), base.supportPolicyHolders());

        assertThat(check.evaluate(denied, GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("iam:GetAccountSummary");
        });
    }
}
