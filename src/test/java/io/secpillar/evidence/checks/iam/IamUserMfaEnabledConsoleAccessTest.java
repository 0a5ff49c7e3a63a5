package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.noKey;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.user;
import static org.assertj.core.api.Assertions.assertThat;

class IamUserMfaEnabledConsoleAccessTest {

    private final IamUserMfaEnabledConsoleAccess check = new IamUserMfaEnabledConsoleAccess();

    @Test
    void judgesEachConsoleUserAndSkipsProgrammaticOnesAndRoot() {
        var report = IamFixtures.report(
                "<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,N/A,N/A,"
                        + "not_supported,false," + noKey() + "," + noKey() + ",false,N/A,false,N/A",
                user("alice", true, true, noKey(), noKey()),
                user("bob", true, false, noKey(), noKey()),
                user("ci-bot", false, false, noKey(), noKey()));

        var findings = check.evaluate(report, GLOBAL);

        assertThat(findings).extracting(Finding::resourceId, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:iam::111122223333:user/alice", Status.PASS),
                org.assertj.core.groups.Tuple.tuple("arn:aws:iam::111122223333:user/bob", Status.FAIL));
        assertThat(findings.get(1).reason()).contains("bob").contains("password alone");
        assertThat(findings.get(1).proof()).contains("user=bob").contains("mfa_active=false");
    }

    @Test
    void couldNotAssessWhenTheReportWasRefused() {
        assertThat(check.evaluate(IamFixtures.reportDenied(), GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("iam:GenerateCredentialReport");
            assertThat(f.resourceId()).isEqualTo("111122223333");
        });
    }
}
