package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Status;
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
        assertThat(check.evaluate(IamFixtures.summaryRefused(), GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("iam:GetAccountSummary");
        });
    }
}
