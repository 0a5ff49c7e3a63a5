package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.app.CatalogScanner;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.PreparedScan;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.evidence.fixtures.FakeAws;
import io.secpillar.evidence.fixtures.LoopbackProfile;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancel while every call waits on an endpoint that does not answer (the product's time limits: 30 s per
 * attempt): the calls in flight are aborted and the run is stored as cancelled within 2 s.
 */
class CancelDuringStallTest {

    static final String KEY = "AKIACANCEL0000000001";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(60)).build();

    @TempDir
    Path dir;

    @Test
    void aCancelAbortsStalledCallsAndStoresACancelledRunWithinTwoSeconds() throws Exception {
        FakeAws aws = new FakeAws(wm.getRuntimeInfo().getWireMock());
        aws.identity(KEY, "111122223333");
        aws.enabledRegions(KEY, List.of("eu-central-1", "eu-west-1"));
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200).withFixedDelay(25_000)));
        AwsConfigLocations locations = LoopbackProfile.write(dir, wm.getPort(), KEY);
        try (Database db = Database.open(dir.resolve("data"));
             DefaultAwsAccess access = new DefaultAwsAccess(locations,
                     AwsClientSettings.defaults(), MfaCodeProvider.none())) {
            JdbcEvidenceRepository store = new JdbcEvidenceRepository(db);
            EvidenceScanner scanner = CatalogScanner.of(access, store, ScanSettings.defaults(), Clock.systemUTC());
            PreparedScan prepared = scanner.prepare(new ScanRequest(List.of("audit"), RegionSelection.all(), Optional.empty()));
            ScanCancellation cancel = new ScanCancellation();
            int before = wm.findAll(anyRequestedFor(anyUrl())).size();
            CompletableFuture<ScanResult> running = CompletableFuture.supplyAsync(
                    () -> scanner.run(prepared, ScanListener.NONE, cancel));
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (wm.findAll(anyRequestedFor(anyUrl())).size() - before < 10 && System.nanoTime() < waitUntil) {
                Thread.sleep(50);
            }
            assertThat(wm.findAll(anyRequestedFor(anyUrl())).size() - before).as("calls stalled in flight")
                    .isGreaterThanOrEqualTo(10);

            long start = System.nanoTime();
            cancel.cancel();
            ScanResult result = running.get(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            System.out.println("cancel with stalled calls in flight: stored as " + result.outcome().state() + " after "
                    + took.toMillis() + " ms");
            assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
            assertThat(store.run(result.runId()).orElseThrow().state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        }
    }
}
