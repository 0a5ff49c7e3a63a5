package io.secpillar.evidence.faults;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.app.CatalogScanner;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.aws.AwsConfigLocations;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.fixtures.LoopbackProfile;
import io.secpillar.evidence.scan.EvidenceScanner;
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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence refactor (issue 7) changed no verdict: the whole catalog scans the fault suite's account (faults off)
 * through the product's own AWS access, and every result's check, status, account, region, resource and reason is
 * compared with {@value #BASELINE}, which the same scan wrote on main before the refactor (commit 980fff8, with
 * {@code -Dverdicts.write=FILE}). A deliberate change of a verdict or a reason rewrites the file the same way.
 */
class CatalogVerdictsUnchangedTest {

    static final String BASELINE = "catalog-verdicts-before-refactor.json";
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1").extensions(new EmptyAwsAnswers(), new FaultInjector())).build();

    @TempDir
    Path dir;

    /** What a result says, without its run, time and proof excerpt. */
    record Verdict(String checkId, String status, String accountId, String region, String resourceId, String reason) {
        static Verdict of(Finding f) {
            return new Verdict(f.checkId(), f.status().name(), f.accountId(), f.region(), f.resourceId(), f.reason());
        }
    }

    @Test
    void theCatalogJudgesTheFaultSuiteAccountAsBeforeTheRefactor() throws IOException {
        List<Verdict> now = scan();
        String target = System.getProperty("verdicts.write");
        if (target != null) {
            JSON.writeValue(Path.of(target).toFile(), now);
        }
        List<Verdict> before;
        try (InputStream in = getClass().getResourceAsStream(BASELINE)) {
            before = JSON.readValue(in, new TypeReference<>() { });
        }
        assertThat(now).as("results of the fault suite's account, in check/region/resource order")
                .hasSizeGreaterThan(90).containsExactlyElementsOf(before);
    }

    private List<Verdict> scan() throws IOException {
        FaultWorld.build(wm.getRuntimeInfo().getWireMock());
        AwsConfigLocations locations = LoopbackProfile.write(dir, wm.getPort(), FaultWorld.KEY);
        try (Database db = Database.open(dir.resolve("data"));
             DefaultAwsAccess access = new DefaultAwsAccess(locations, FaultSuiteTest.SETTINGS, MfaCodeProvider.none())) {
            JdbcEvidenceRepository store = new JdbcEvidenceRepository(db);
            EvidenceScanner scanner = CatalogScanner.of(access, store, ScanSettings.defaults(), Clock.systemUTC());
            ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("audit"),
                    RegionSelection.of(FaultWorld.REGIONS), Optional.empty())), ScanListener.NONE, new ScanCancellation());
            assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            return store.findings(result.runId()).stream().map(Verdict::of)
                    .sorted(Comparator.comparing(Verdict::checkId).thenComparing(Verdict::region)
                            .thenComparing(Verdict::resourceId).thenComparing(Verdict::status)).toList();
        }
    }
}
