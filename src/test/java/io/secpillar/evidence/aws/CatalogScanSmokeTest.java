package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.app.CatalogScanner;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.evidence.fixtures.LoopbackProfile;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.PreparedScan;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole catalog through the real access layer against an account whose role may read nothing but its own
 * identity: the scan completes, every check reports, and nothing passes that could not be read.
 */
class CatalogScanSmokeTest {

    static final String KEY = "AKIAPROD000000000001";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40)).build();

    @TempDir
    Path dir;

    @Test
    void aRoleThatMayReadNothingGivesCouldNotAssessForEveryCheckAndNeverAPass() throws Exception {
        io.secpillar.evidence.fixtures.FakeAws aws = new io.secpillar.evidence.fixtures.FakeAws(wm.getRuntimeInfo().getWireMock());
        aws.identity(KEY, "111122223333");
        aws.enabledRegions(KEY, List.of("eu-central-1", "eu-west-1"));
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized"
                        + "</Message></Error><RequestId>r</RequestId></ErrorResponse>")));
        AwsConfigLocations locations = LoopbackProfile.write(dir, wm.getPort(), KEY);
        try (Database db = Database.open(dir.resolve("data"));
             DefaultAwsAccess access = new DefaultAwsAccess(locations,
                     TestSettings.fast(), MfaCodeProvider.none())) {
            JdbcEvidenceRepository store = new JdbcEvidenceRepository(db);
            EvidenceScanner scanner = CatalogScanner.of(access, store, ScanSettings.defaults(), Clock.systemUTC());
            PreparedScan prepared = scanner.prepare(new ScanRequest(List.of("audit"), RegionSelection.all(), Optional.empty()));
            ScanResult result = scanner.run(prepared, ScanListener.NONE, new ScanCancellation());

            assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            List<Finding> findings = store.findings(result.runId());
            Set<String> reported = findings.stream().map(Finding::checkId).collect(Collectors.toSet());
            assertThat(reported).containsExactlyInAnyOrderElementsOf(
                    CheckCatalog.all().stream().map(c -> c.metadata().id()).toList());
            Map<Status, Long> byStatus = findings.stream().collect(Collectors.groupingBy(Finding::status, Collectors.counting()));
            assertThat(byStatus).doesNotContainKey(Status.PASS);
            assertThat(findings).filteredOn(f -> f.status() == Status.COULD_NOT_ASSESS)
                    .allSatisfy(f -> assertThat(f.reason()).isNotBlank());
            assertThat(findings).filteredOn(f -> f.status() == Status.COULD_NOT_ASSESS)
                    .anySatisfy(f -> assertThat(f.reason()).contains("Access denied"));
        }
    }
}
