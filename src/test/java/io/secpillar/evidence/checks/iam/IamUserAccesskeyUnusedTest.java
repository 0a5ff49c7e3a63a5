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

class IamUserAccesskeyUnusedTest {

    private final IamUserAccesskeyUnused check = new IamUserAccesskeyUnused();

    @Test
    void measuresFromLastUseOrFromCreationForANeverUsedKey() {
        var report = IamFixtures.report(
                user("busy", false, false, key(true, "2024-01-01T00:00:00+00:00", "2026-02-20T00:00:00+00:00"),
                        noKey()),
                user("idle", false, false, key(true, "2024-01-01T00:00:00+00:00", "2025-10-01T00:00:00+00:00"),
                        noKey()),
                user("never-used-old", false, false, key(true, "2025-01-01T00:00:00+00:00", "N/A"), noKey()),
                user("never-used-new", false, false, key(true, "2026-02-25T00:00:00+00:00", "N/A"), noKey()));

        var findings = check.evaluate(report, GLOBAL);

        assertThat(findings).extracting(Finding::resourceId, Finding::status).containsExactly(
                tuple("arn:aws:iam::111122223333:user/busy", Status.PASS),
                tuple("arn:aws:iam::111122223333:user/idle", Status.FAIL),
                tuple("arn:aws:iam::111122223333:user/never-used-old", Status.FAIL),
                tuple("arn:aws:iam::111122223333:user/never-used-new", Status.PASS));
        assertThat(findings.get(1).reason()).contains("2025-10-01T00:00:00Z");
        assertThat(findings.get(2).proof()).contains("access_key_1_last_used_date=N/A");
    }

    @Test
    void couldNotAssessWhenTheReportWasRefused() {
        assertThat(check.evaluate(IamFixtures.reportDenied(), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
    }
}
