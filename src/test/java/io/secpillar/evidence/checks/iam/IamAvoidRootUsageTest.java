package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.CredentialReportLines;
import org.junit.jupiter.api.Test;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.noKey;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.user;
import static org.assertj.core.api.Assertions.assertThat;

class IamAvoidRootUsageTest {

    private final IamAvoidRootUsage check = new IamAvoidRootUsage();

    private static String root(String passwordLastUsed, String key1Used) {
        return "<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,"
                + passwordLastUsed + ",N/A,not_supported,true,"
                + CredentialReportLines.key(!"N/A".equals(key1Used), "2020-01-01T00:00:00+00:00", key1Used) + ","
                + noKey() + ",false,N/A,false,N/A";
    }

    @Test
    void passesWhenRootWasLastUsedLongAgo() {
        var report = IamFixtures.report(root("2025-06-01T09:00:00+00:00", "N/A"));

        assertThat(check.evaluate(report, GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).isEqualTo("arn:aws:iam::111122223333:root");
            assertThat(f.observed()).containsEntry("lastUsed", "2025-06-01T09:00:00Z");
        });
    }

    @Test
    void failsWhenARootKeyWasUsedRecently() {
        var report = IamFixtures.report(root("2025-06-01T09:00:00+00:00", "2026-02-20T09:00:00+00:00"));

        assertThat(check.evaluate(report, GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("2026-02-20T09:00:00Z");
            assertThat(f.proof()).contains("access_key_1_last_used_date=2026-02-20T09:00:00+00:00");
        });
    }

    @Test
    void couldNotAssessWithoutARootRowOrWithoutTheReport() {
        var noRoot = IamFixtures.report(user("alice", true, true, noKey(), noKey()));

        assertThat(check.evaluate(noRoot, GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
        assertThat(check.evaluate(IamFixtures.reportDenied(), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("iam:GenerateCredentialReport"));
    }
}
