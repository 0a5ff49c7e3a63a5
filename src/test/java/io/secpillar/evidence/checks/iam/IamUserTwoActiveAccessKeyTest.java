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

class IamUserTwoActiveAccessKeyTest {

    private final IamUserTwoActiveAccessKey check = new IamUserTwoActiveAccessKey();

    @Test
    void failsOnlyUsersWithTwoActiveKeys() {
        String recent = "2026-02-01T00:00:00+00:00";
        var report = IamFixtures.report(
                user("one", false, false, key(true, recent, "N/A"), key(false, recent, "N/A")),
                user("two", false, false, key(true, recent, "N/A"), key(true, recent, "N/A")),
                user("none", true, true, noKey(), noKey()));

        assertThat(check.evaluate(report, GLOBAL)).extracting(Finding::resourceId, Finding::status).containsExactly(
                tuple("arn:aws:iam::111122223333:user/one", Status.PASS),
                tuple("arn:aws:iam::111122223333:user/two", Status.FAIL));
    }

    @Test
    void couldNotAssessWhenTheReportWasRefused() {
        assertThat(check.evaluate(IamFixtures.reportDenied(), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
    }
}
