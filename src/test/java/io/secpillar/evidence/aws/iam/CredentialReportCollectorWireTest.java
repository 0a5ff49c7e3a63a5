package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.iam.IamAvoidRootUsage;
import io.secpillar.evidence.checks.iam.IamRotateAccessKey90Days;
import io.secpillar.evidence.checks.iam.IamUserAccesskeyUnused;
import io.secpillar.evidence.checks.iam.IamUserMfaEnabledConsoleAccess;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;
import io.secpillar.evidence.inventory.iam.CredentialReportLines;
import io.secpillar.evidence.inventory.iam.CredentialReportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.key;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.noKey;
import static io.secpillar.evidence.inventory.iam.CredentialReportLines.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Generating, waiting for and reading the credential report over IAM's query/XML wire format. */
class CredentialReportCollectorWireTest {

    private static final Target TARGET = new Target("audit", "111122223333", "us-east-1");
    private static final String CSV = CredentialReportLines.HEADER + "\n"
            + "<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,"
            + "2025-01-05T08:00:00+00:00,N/A,not_supported,true," + noKey() + "," + noKey() + ",false,N/A,false,N/A\n"
            + user("alice", true, false, key(true, "2025-01-01T00:00:00+00:00", "2025-02-01T00:00:00+00:00"),
            noKey()) + "\n";

    private final CredentialReportCollector collector = new CredentialReportCollector(Duration.ZERO, 4);
    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String report() {
        return "<Content>" + Base64.getEncoder().encodeToString(CSV.getBytes(StandardCharsets.UTF_8))
                + "</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-03-01T12:00:00Z</GeneratedTime>";
    }

    @Test
    void waitsWhileTheReportIsInProgressThenReadsIt() {
        aws.query("GenerateCredentialReport", "<State>STARTED</State>"
                + "<Description>No report exists. Starting a new report generation task</Description>");
        aws.server().stubFor(aws.queryRequest("GetCredentialReport").inScenario("report")
                .whenScenarioStateIs(STARTED).willSetStateTo("second read")
                .willReturn(FakeAws.queryError(404, "ReportInProgress", "Report generation in progress.")));
        aws.server().stubFor(aws.queryRequest("GetCredentialReport").inScenario("report")
                .whenScenarioStateIs("second read")
                .willReturn(FakeAws.queryResult("GetCredentialReport", report())));

        CredentialReportInventory inventory = collector.collect(aws.clients(), TARGET);

        assertThat(inventory.report().value().generatedAt()).hasToString("2026-03-01T12:00:00Z");
        assertThat(inventory.report().value().users()).extracting(CredentialReportRow::user).containsExactly("alice");
        var mfa = new IamUserMfaEnabledConsoleAccess().evaluate(inventory, TARGET.global());
        assertThat(mfa).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        var rotated = new IamRotateAccessKey90Days().evaluate(inventory, TARGET.global());
        assertThat(rotated).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        assertThat(aws.requests()).filteredOn(r -> r.getBodyAsString().contains("Action=GetCredentialReport"))
                .hasSize(2);
    }

    @Test
    void usesARecentReportWhenGeneratingIsRefused() {
        aws.queryError("GenerateCredentialReport", 403, "AccessDenied",
                "User is not authorized to perform: iam:GenerateCredentialReport");
        aws.query("GetCredentialReport", report());

        CredentialReportInventory inventory = collector.collect(aws.clients(), TARGET);

        assertThat(inventory.report().isOk()).isTrue();
        assertThat(new IamAvoidRootUsage().evaluate(inventory, TARGET.global()).get(0).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void namesGenerateCredentialReportWhenNoReportExistsAndGeneratingIsRefused() {
        aws.queryError("GenerateCredentialReport", 403, "AccessDenied",
                "User is not authorized to perform: iam:GenerateCredentialReport");
        aws.queryError("GetCredentialReport", 410, "ReportNotPresent", "Credential report not present.");

        CredentialReportInventory inventory = collector.collect(aws.clients(), TARGET);

        assertThat(inventory.report().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(inventory.report().explanation()).contains("iam:GenerateCredentialReport");
    }

    @Test
    void asksAgainOnceWhenTheReportExpiredAndGivesUpAfterTheLastRead() {
        aws.query("GenerateCredentialReport", "<State>COMPLETE</State>");
        aws.queryError("GetCredentialReport", 410, "ReportExpired", "Credential report is older than 4 hours.");

        CredentialReportInventory inventory = collector.collect(aws.clients(), TARGET);

        assertThat(inventory.report().reason()).isEqualTo(CouldNotAssessReason.TIMEOUT);
        assertThat(inventory.report().explanation()).contains("iam:GetCredentialReport").contains("4 reads");
        assertThat(aws.requests()).filteredOn(r -> r.getBodyAsString().contains("Action=GenerateCredentialReport"))
                .hasSize(2);
    }

    @Test
    void aRefusedReadIsReportedAsSuch() {
        aws.query("GenerateCredentialReport", "<State>COMPLETE</State>");
        aws.queryError("GetCredentialReport", 403, "AccessDenied",
                "User is not authorized to perform: iam:GetCredentialReport");

        var finding = new IamUserAccesskeyUnused().evaluate(collector.collect(aws.clients(), TARGET),
                TARGET.global()).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission iam:GetCredentialReport");
    }
}
