package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.PreparedScan;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanSetupException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.fixtures.FakeAws;
import io.secpillar.evidence.fixtures.SyntheticChecks;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanProgress;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scanner end to end: real SDK calls to a WireMock AWS, the engine, and the H2 store. */
class EvidenceScannerTest {

    static final String PROD = "AKIAPROD000000000001";
    static final String DEV = "AKIADEV0000000000002";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40)).build();

    @TempDir
    Path dir;

    Database db;
    JdbcEvidenceRepository store;
    FakeAws aws;
    CheckMapping mapping = new CheckMapping(Map.of("SEC02-BP01", List.of("test_iam_user_mfa"),
            "SEC08-BP02", List.of("test_s3_bucket_encryption"), "SEC05-BP01", List.of("test_ec2_ssh_open"),
            "SEC04-BP01", List.of("test_guardduty_enabled")));

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        store = new JdbcEvidenceRepository(db);
        aws = new FakeAws(wm.getRuntimeInfo().getWireMock());
        aws.identity(PROD, "111122223333");
        aws.enabledRegions(PROD, List.of("eu-central-1", "eu-west-1", "us-east-1"));
        aws.identity(DEV, "444455556666");
        aws.enabledRegions(DEV, List.of("eu-central-1", "eu-west-1"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    LoopbackAwsAccess access(int attempts, Duration callTimeout) {
        return new LoopbackAwsAccess("http://127.0.0.1:" + wm.getPort(), attempts, callTimeout).profile("prod", PROD).profile("dev", DEV);
    }

    EvidenceScanner scanner(LoopbackAwsAccess access, ScanSettings settings) {
        return new EvidenceScanner(access, new AwsInventoryReader(SyntheticChecks.collectors(), access::clients), store,
                SyntheticChecks.checks(), mapping, settings, Clock.systemUTC());
    }

    void prodAccount(int sgDelayMs) {
        aws.users(PROD, "111122223333", List.of(List.of("alice", "bob"), List.of("carol")));
        aws.mfaDevices(PROD, "111122223333", "alice", true);
        aws.mfaDevices(PROD, "111122223333", "bob", false);
        aws.mfaDevices(PROD, "111122223333", "carol", true);
        aws.buckets(PROD, List.of(List.of("claims-docs", "claims-logs"), List.of("claims-tmp")));
        aws.bucketEncryption(PROD, "claims-docs", true);
        aws.bucketEncryption(PROD, "claims-logs", false);
        aws.bucketEncryption(PROD, "claims-tmp", true);
        aws.securityGroups(PROD, "111122223333", "eu-west-1", List.of(List.of("web", "open-admin"), List.of("db")), sgDelayMs);
        aws.securityGroups(PROD, "111122223333", "eu-central-1", List.of(List.of("open-bastion")), sgDelayMs);
        aws.detectors(PROD, "eu-west-1", List.of("d1"), 0);
        aws.detectors(PROD, "eu-central-1", List.of(), 0);
    }

    static Map<String, Status> byResource(List<EvidenceResult> results, String checkId) {
        return results.stream().filter(r -> r.finding().checkId().equals(checkId))
                .collect(Collectors.toMap(r -> r.finding().region() + " " + r.finding().resourceId(), EvidenceResult::status));
    }

    @Test
    void mixedAccountGivesExpectedResultPerResourceAcrossPagesAndRegions() {
        prodAccount(0);
        EvidenceScanner scanner = scanner(access(1, Duration.ofSeconds(5)), ScanSettings.defaults());
        List<ScanProgress> progress = new CopyOnWriteArrayList<>();
        PreparedScan prepared = scanner.prepare(new ScanRequest(List.of("prod"),
                RegionSelection.parse("eu-central-1, eu-west-1, ap-east-1, not-a-region"), Optional.empty()));
        assertThat(prepared.warnings()).anyMatch(w -> w.contains("not-a-region")).anyMatch(w -> w.contains("ap-east-1"));

        ScanResult result = scanner.run(prepared, new ScanListener() {
            @Override
            public void progress(ScanProgress p) {
                progress.add(p);
            }
        }, new ScanCancellation());

        assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        List<EvidenceResult> results = store.results(result.runId());
        assertThat(byResource(results, "test_iam_user_mfa")).isEqualTo(Map.of(
                "global arn:aws:iam::111122223333:user/alice", Status.PASS,
                "global arn:aws:iam::111122223333:user/bob", Status.FAIL,
                "global arn:aws:iam::111122223333:user/carol", Status.PASS));
        assertThat(byResource(results, "test_s3_bucket_encryption")).isEqualTo(Map.of(
                "global arn:aws:s3:::claims-docs", Status.PASS,
                "global arn:aws:s3:::claims-logs", Status.FAIL,
                "global arn:aws:s3:::claims-tmp", Status.PASS));
        assertThat(byResource(results, "test_ec2_ssh_open")).isEqualTo(Map.of(
                "eu-west-1 arn:aws:ec2:eu-west-1:111122223333:security-group/sg-web", Status.PASS,
                "eu-west-1 arn:aws:ec2:eu-west-1:111122223333:security-group/sg-open-admin", Status.FAIL,
                "eu-west-1 arn:aws:ec2:eu-west-1:111122223333:security-group/sg-db", Status.PASS,
                "eu-central-1 arn:aws:ec2:eu-central-1:111122223333:security-group/sg-open-bastion", Status.FAIL,
                "ap-east-1 111122223333", Status.COULD_NOT_ASSESS));
        assertThat(byResource(results, "test_guardduty_enabled")).isEqualTo(Map.of(
                "eu-west-1 111122223333", Status.PASS,
                "eu-central-1 111122223333", Status.FAIL,
                "ap-east-1 111122223333", Status.COULD_NOT_ASSESS));
        assertThat(results).filteredOn(r -> r.finding().region().equals("ap-east-1"))
                .allMatch(r -> r.finding().reason().contains("not enabled for account"));
        assertThat(results).filteredOn(r -> r.finding().checkId().equals("test_s3_bucket_encryption"))
                .allMatch(r -> r.bestPractices().equals(List.of("SEC08-BP02")));

        EvidenceRunInfo run = store.run(result.runId()).orElseThrow();
        assertThat(run.accountIds()).containsExactly("111122223333");
        assertThat(run.regions()).containsExactly("eu-central-1", "eu-west-1");
        assertThat(run.endedAt()).isPresent();
        ScanProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(last.total()).isEqualTo(7); // 2 global + 2 regions × 2 + 1 not enabled
        assertThat(last.places()).extracting(ScanProgress.Place::region)
                .containsExactlyInAnyOrder("global", "eu-central-1", "eu-west-1", "ap-east-1");
    }

    @Test
    void refusedCallsBecomeCouldNotAssessNamingThePermissionAndTheRunStillCompletes() {
        prodAccount(0);
        aws.deniedWhen(PROD, "ListMFADevices", "UserName=carol", "iam:ListMFADevices");
        aws.ec2Denied(PROD, "DescribeSecurityGroups");
        EvidenceScanner scanner = scanner(access(1, Duration.ofSeconds(5)), ScanSettings.defaults());
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod"),
                RegionSelection.of(List.of("eu-west-1")), Optional.empty())), ScanListener.NONE, new ScanCancellation());

        assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        List<EvidenceResult> results = store.results(result.runId());
        Finding carol = results.stream().map(EvidenceResult::finding)
                .filter(f -> f.resourceId().endsWith("user/carol")).findFirst().orElseThrow();
        assertThat(carol.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(carol.reason()).contains("Access denied").contains("iam:ListMFADevices");
        Finding sg = results.stream().map(EvidenceResult::finding)
                .filter(f -> f.checkId().equals("test_ec2_ssh_open")).findFirst().orElseThrow();
        assertThat(sg.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(sg.reason()).contains("ec2:DescribeSecurityGroups");
        assertThat(byResource(results, "test_iam_user_mfa")).containsEntry("global arn:aws:iam::111122223333:user/bob", Status.FAIL);
    }

    @Test
    void throttledCallsAreRetriedByTheSdkAndThenSucceed() {
        prodAccount(0);
        aws.throttledFirst(PROD, "ListUsers", 2);
        EvidenceScanner scanner = scanner(access(4, Duration.ofSeconds(10)), ScanSettings.defaults());
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod"),
                RegionSelection.of(List.of("eu-west-1")), Optional.empty())), ScanListener.NONE, new ScanCancellation());

        assertThat(byResource(store.results(result.runId()), "test_iam_user_mfa")).hasSize(3)
                .containsEntry("global arn:aws:iam::111122223333:user/bob", Status.FAIL);
        assertThat(result.outcome().count(Status.COULD_NOT_ASSESS)).isZero();
    }

    @Test
    void throttledBeyondRetriesIsReportedAsThrottled() {
        prodAccount(0);
        aws.throttledFirst(PROD, "ListUsers", 5);
        EvidenceScanner scanner = scanner(access(2, Duration.ofSeconds(10)), ScanSettings.defaults());
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod"),
                RegionSelection.of(List.of("eu-west-1")), Optional.empty())), ScanListener.NONE, new ScanCancellation());
        Finding f = store.findings(result.runId()).stream().filter(x -> x.checkId().equals("test_iam_user_mfa"))
                .findFirst().orElseThrow();
        assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(f.observed()).containsEntry("reason", "THROTTLED");
    }

    @Test
    void aCallThatTimesOutIsReportedAsTimedOutWhileOtherRegionsPass() {
        prodAccount(0);
        aws.securityGroups(PROD, "111122223333", "eu-central-1", List.of(List.of("slow")), 3000);
        EvidenceScanner scanner = scanner(access(1, Duration.ofMillis(800)), ScanSettings.defaults());
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod"),
                RegionSelection.of(List.of("eu-central-1", "eu-west-1")), Optional.empty())), ScanListener.NONE,
                new ScanCancellation());
        Map<String, Status> sg = byResource(store.results(result.runId()), "test_ec2_ssh_open");
        assertThat(sg).containsEntry("eu-central-1 111122223333", Status.COULD_NOT_ASSESS)
                .containsEntry("eu-west-1 arn:aws:ec2:eu-west-1:111122223333:security-group/sg-open-admin", Status.FAIL);
        Finding timedOut = store.findings(result.runId()).stream()
                .filter(f -> f.checkId().equals("test_ec2_ssh_open") && f.region().equals("eu-central-1")).findFirst().orElseThrow();
        assertThat(timedOut.observed()).containsEntry("reason", "TIMEOUT");
        assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
    }

    @Test
    void twoProfilesAreScannedAsTwoAccounts() {
        prodAccount(0);
        aws.users(DEV, "444455556666", List.of(List.of("dora")));
        aws.mfaDevices(DEV, "444455556666", "dora", false);
        EvidenceScanner scanner = scanner(access(1, Duration.ofSeconds(5)), ScanSettings.defaults());
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod", "dev"),
                RegionSelection.all(), Optional.empty())), ScanListener.NONE, new ScanCancellation());
        EvidenceRunInfo run = store.run(result.runId()).orElseThrow();
        assertThat(run.accountIds()).containsExactly("111122223333", "444455556666");
        assertThat(run.regions()).containsExactly("eu-central-1", "eu-west-1", "us-east-1");
        assertThat(byResource(store.results(result.runId()), "test_iam_user_mfa"))
                .containsEntry("global arn:aws:iam::444455556666:user/dora", Status.FAIL);
        // dev's buckets were never stubbed: the failure is a result, not a crash
        assertThat(store.findings(result.runId())).anyMatch(f -> f.accountId().equals("444455556666")
                && f.checkId().equals("test_s3_bucket_encryption") && f.status() == Status.COULD_NOT_ASSESS);
    }

    @Test
    void cancelInTheMiddleKeepsWhatFinishedAndMarksTheRunCancelled() throws Exception {
        List<String> regions = List.of("eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1", "eu-south-1",
                "us-east-1", "us-east-2", "us-west-1", "us-west-2");
        aws.enabledRegions(PROD, regions);
        prodAccount(0);
        for (String r : regions) {
            aws.securityGroups(PROD, "111122223333", r, List.of(List.of("web")), 400);
            aws.detectors(PROD, r, List.of("d"), 400);
        }
        EvidenceScanner scanner = scanner(access(1, Duration.ofSeconds(10)), new ScanSettings(2, Duration.ofMinutes(1)));
        ScanCancellation cancel = new ScanCancellation();
        AtomicInteger batches = new AtomicInteger();
        ScanResult result = scanner.run(scanner.prepare(new ScanRequest(List.of("prod"), RegionSelection.all(),
                Optional.empty())), new ScanListener() {
                    @Override
                    public void findings(List<Finding> batch) {
                        if (batches.incrementAndGet() == 4) {
                            new Thread(cancel::cancel).start();
                        }
                    }
                }, cancel);

        assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
        assertThat(result.outcome().unitsDone()).isBetween(4, result.outcome().unitsTotal() - 1);
        EvidenceRunInfo run = store.run(result.runId()).orElseThrow();
        assertThat(run.state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
        assertThat(run.endedAt()).isPresent();
        List<Finding> kept = store.findings(result.runId());
        assertThat(kept).hasSize(result.outcome().findings()).isNotEmpty();
        assertThat(kept).noneMatch(f -> f.reason().contains("Cancelled") || f.reason().contains("Aborted"));
    }

    @Test
    void unknownProfilesRefusedCredentialsAndInvalidRegionsStopBeforeAnythingIsStored() {
        EvidenceScanner scanner = scanner(access(1, Duration.ofSeconds(5)), ScanSettings.defaults());
        assertThatThrownBy(() -> scanner.prepare(new ScanRequest(List.of("nope"), RegionSelection.all(), Optional.empty())))
                .isInstanceOf(ScanSetupException.class).hasMessageContaining("Unknown AWS profile nope")
                .hasMessageContaining("prod");
        aws.invalidCredentials(DEV);
        assertThatThrownBy(() -> scanner.prepare(new ScanRequest(List.of("prod", "dev"), RegionSelection.all(),
                Optional.empty()))).isInstanceOf(ScanSetupException.class).hasMessageContaining("dev");
        assertThatThrownBy(() -> scanner.prepare(new ScanRequest(List.of("prod"), RegionSelection.parse("mars-1,xx"),
                Optional.empty()))).isInstanceOf(ScanSetupException.class).hasMessageContaining("valid AWS region");
        assertThatThrownBy(() -> scanner.prepare(new ScanRequest(List.of("prod"), RegionSelection.parse("ap-east-1"),
                Optional.empty()))).isInstanceOf(ScanSetupException.class).hasMessageContaining("enabled");
        assertThat(store.runs()).isEmpty();
    }
}
