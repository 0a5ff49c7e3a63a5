package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static io.secpillar.evidence.checks.iam.IamFixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

class IamRootMfaEnabledTest {

    private final IamRootMfaEnabled check = new IamRootMfaEnabled();

    @Test
    void passesWhenTheSummarySaysRootHasMfa() {
        List<Finding> findings = check.evaluate(IamFixtures.summary(Map.of("AccountMFAEnabled", 1)), GLOBAL);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).isEqualTo(ROOT);
            assertThat(f.region()).isEqualTo("global");
            assertThat(f.observed()).containsEntry("AccountMFAEnabled", "1");
            assertThat(f.proof()).contains("AccountMFAEnabled=1");
        });
    }

    @Test
    void failsWhenRootHasNoMfa() {
        List<Finding> findings = check.evaluate(IamFixtures.summary(Map.of("AccountMFAEnabled", 0,
                "AccountAccessKeysPresent", 0)), GLOBAL);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("no MFA device");
        });
    }

    @Test
    void aRootWithoutAnyCredentialPassesAndOneWithAPasswordStillNeedsMfa() {
        assertThat(check.evaluate(IamFixtures.summary(Map.of("AccountMFAEnabled", 0, "AccountPasswordPresent", 0,
                "AccountAccessKeysPresent", 0, "AccountSigningCertificatesPresent", 0)), GLOBAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.reason()).contains("no password, access key or signing certificate");
                });
        assertThat(check.evaluate(IamFixtures.summary(Map.of("AccountMFAEnabled", 0, "AccountPasswordPresent", 1,
                "AccountAccessKeysPresent", 0)), GLOBAL).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(IamFixtures.summary(Map.of("AccountMFAEnabled", 0, "AccountPasswordPresent", 0,
                "AccountAccessKeysPresent", 1)), GLOBAL).get(0).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void couldNotAssessNamesTheMissingPermission() {
        assertThat(check.evaluate(IamFixtures.summaryRefused(), GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("iam:GetAccountSummary");
            assertThat(f.resourceId()).isEqualTo(ROOT);
        });
    }
}
