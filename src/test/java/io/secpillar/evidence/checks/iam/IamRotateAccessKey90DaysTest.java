package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.key;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.noKey;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The report was generated on 2026-03-01; 90 days earlier is 2025-12-01. */
class IamRotateAccessKey90DaysTest {

    private final IamRotateAccessKey90Days check = new IamRotateAccessKey90Days();

    @Test
    void failsOnAnActiveKeyOlderThan90DaysAndIgnoresInactiveOnes() {
        var report = IamFixtures.report(
                user("fresh", false, false, key(true, "2026-02-01T10:00:00+00:00", "2026-02-27T10:00:00+00:00"),
                        key(false, "2019-01-01T10:00:00+00:00", "N/A")),
                user("stale", false, false, key(true, "2026-02-01T10:00:00+00:00", "N/A"),
                        key(true, "2025-06-30T08:00:00+00:00", "2026-02-28T10:00:00+00:00")),
                user("nokeys", true, true, noKey(), noKey()));

        var findings = check.evaluate(report, GLOBAL);

        assertThat(findings).extracting(Finding::resourceId, Finding::status).containsExactly(
                tuple("arn:aws:iam::111122223333:user/fresh", Status.PASS),
                tuple("arn:aws:iam::111122223333:user/stale", Status.FAIL));
        Finding stale = findings.get(1);
        assertThat(stale.reason()).contains("access key 2 last rotated 2025-06-30T08:00:00Z");
        assertThat(stale.observed()).containsEntry("access key 2 last rotated", "2025-06-30T08:00:00Z");
        assertThat(stale.proof()).contains("access_key_2_last_rotated=2025-06-30T08:00:00+00:00");
    }

    @Test
    void couldNotAssessAUserWhoseKeyHasNoRotationDate() {
        var report = IamFixtures.report(user("odd", false, false, key(true, "N/A", "N/A"), noKey()));

        assertThat(check.evaluate(report, GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("no date for access key 1");
        });
    }

    @Test
    void couldNotAssessWhenTheReportWasRefused() {
        assertThat(check.evaluate(IamFixtures.reportDenied(), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
    }
}
