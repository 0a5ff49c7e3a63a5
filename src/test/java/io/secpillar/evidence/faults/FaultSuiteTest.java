package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.app.CatalogScanner;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.aws.AwsClientSettings;
import io.secpillar.evidence.aws.AwsConfigLocations;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.scan.PreparedScan;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.fixtures.LoopbackProfile;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole check catalog through the product's own AWS access (profile files, read-only guard, adaptive retry,
 * time limits) against a local server that injects faults on a seeded schedule: 5xx and throttling in each
 * protocol's own error format, replies that stall beyond the time limits, truncated and malformed bodies, reset
 * and closed connections. Each faulted scan must finish and be stored, and compared result by result with a clean
 * scan of the same account, nothing may differ except a result that became could-not-assess with a reason in
 * plain words. Seeds: -Dfaults.seeds=1,2 (default two fixed seeds).
 */
class FaultSuiteTest {

    /** Short limits keep the suite quick; a stalled reply comes {@link #STALL_MS} late, beyond the attempt limit. */
    static final AwsClientSettings SETTINGS = new AwsClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(2), 3);
    static final int STALL_MS = 3_000;
    static final double STICKY = 0.10;
    static final double TRANSIENT = 0.25;
    /** What a reason may say: the HTTP status, "timed out after", "could not be read", the connection, attempts. */
    static final Pattern PLAIN = Pattern.compile(".*(HTTP \\d{3}|timed out after \\d|could not be read|connection was"
            + "|no reply came|took longer than|Access denied|not enabled).*");
    /** The SDK's or Java's own words, as opposed to AWS's error codes (which may end in "Exception"). */
    static final Pattern SDK_WORDS = Pattern.compile(".*(Unable to unmarshall|Sdk[A-Za-z]*Exception|NullPointer"
            + "|IOException|IllegalStateException|java\\.|\\bnull\\b).*");

    static final FaultInjector FAULTS = new FaultInjector();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1").containerThreads(80).extensions(new EmptyAwsAnswers(), FAULTS)).build();

    @TempDir
    Path dir;

    record Key(String check, String account, String region, String resource) {
        static Key of(Finding f) {
            return new Key(f.checkId(), f.accountId(), f.region(), f.resourceId());
        }
    }

    record Figures(long seed, int faults, Map<FaultKind, Integer> byKind, int stickyOperations, int requests,
                   int results, int becameCouldNotAssess, int flips, double seconds) { }

    @Test
    void scansUnderInjectedFaultsFinishAreStoredAndNeverFlipAResult() throws Exception {
        FaultWorld.build(wm.getRuntimeInfo().getWireMock());
        AwsConfigLocations locations = LoopbackProfile.write(dir, wm.getPort(), FaultWorld.KEY);
        List<Figures> figures = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("data"));
             DefaultAwsAccess access = new DefaultAwsAccess(locations,
                     SETTINGS, MfaCodeProvider.none())) {
            JdbcEvidenceRepository store = new JdbcEvidenceRepository(db);
            EvidenceScanner scanner = CatalogScanner.of(access, store, ScanSettings.defaults(), Clock.systemUTC());

            FAULTS.use(FaultInjector.Plan.off());
            Scanned cleanScan = scan(scanner, store);
            List<Finding> clean = cleanScan.findings();
            System.out.printf("clean scan %.1f s%n", cleanScan.seconds());
            assertThat(clean).extracting(Finding::status).contains(Status.PASS, Status.FAIL);
            System.out.println("clean scan: " + clean.stream().collect(Collectors.groupingBy(Finding::status,
                    Collectors.counting())) + "; could not assess in the clean world:\n  " + clean.stream()
                    .filter(f -> f.status() == Status.COULD_NOT_ASSESS).map(f -> f.checkId() + ": " + f.reason())
                    .distinct().sorted().collect(Collectors.joining("\n  ")));

            for (long seed : seeds()) {
                FAULTS.use(new FaultInjector.Plan(seed, STICKY, TRANSIENT, STALL_MS,
                        Set.of("sts@us-east-1 GetCallerIdentity", "ec2@us-east-1 DescribeRegions",
                                "sts@eu-central-1 GetCallerIdentity", "ec2@eu-central-1 DescribeRegions")));
                Scanned faulted = scan(scanner, store);
                System.out.printf("seed %d: faulted scan %.1f s%n", seed, faulted.seconds());
                figures.add(compare(seed, clean, faulted));
            }
        }
        String report = figures.stream().map(f -> String.format("seed %d: %d faults injected %s over %d requests"
                        + " (%d operations failing on every attempt); %d results, %d became could-not-assess, %d flips;"
                        + " %.1f s", f.seed(), f.faults(), f.byKind(), f.requests(), f.stickyOperations(), f.results(),
                f.becameCouldNotAssess(), f.flips(), f.seconds()))
                .collect(Collectors.joining("\n"));
        System.out.println("fault suite:\n" + report);
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.flips()).isZero();
            assertThat(f.faults()).isGreaterThan(20);
        });
    }

    record Scanned(long runId, List<Finding> findings, double seconds) { }

    private Scanned scan(EvidenceScanner scanner, JdbcEvidenceRepository store) {
        long start = System.nanoTime();
        PreparedScan prepared = scanner.prepare(new ScanRequest(List.of("audit"), RegionSelection.of(FaultWorld.REGIONS),
                Optional.empty()));
        ScanResult result = scanner.run(prepared, ScanListener.NONE, new ScanCancellation());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.outcome().state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        EvidenceRunInfo stored = store.run(result.runId()).orElseThrow();
        assertThat(stored.state()).as("the run is stored as completed").isEqualTo(EvidenceRunInfo.State.COMPLETED);
        List<Finding> findings = store.findings(result.runId());
        assertThat(findings).as("every result the scan counted is stored").hasSize(
                result.outcome().counts().values().stream().mapToInt(Integer::intValue).sum());
        return new Scanned(result.runId(), findings, seconds);
    }

    private static Figures compare(long seed, List<Finding> clean, Scanned faulted) {
        Map<Key, Finding> before = clean.stream().collect(Collectors.toMap(Key::of, Function.identity(), (a, b) -> a));
        // a list that could not be read leaves one could-not-assess result for the check (regional services in
        // their region; S3's buckets under "global", where the listing is read)
        Set<String> collapsed = faulted.findings().stream().filter(f -> f.status() == Status.COULD_NOT_ASSESS)
                .map(f -> f.checkId() + "|" + f.accountId()).collect(Collectors.toSet());
        int flips = 0;
        int becameCna = 0;
        Set<String> reasons = new TreeSet<>();
        for (Finding f : faulted.findings()) {
            Finding was = before.get(Key.of(f));
            if (f.status() == Status.COULD_NOT_ASSESS) {
                if (was == null || !was.reason().equals(f.reason())) { // the faults' doing, not the world's
                    assertThat(f.reason()).as("reason of %s", Key.of(f)).isNotBlank().matches(PLAIN)
                            .doesNotMatch(SDK_WORDS);
                    reasons.add(f.reason());
                }
                if (was == null || was.status() != Status.COULD_NOT_ASSESS) {
                    becameCna++;
                }
                continue;
            }
            assertThat(was).as("%s under faults has a result the clean scan also has", Key.of(f)).isNotNull();
            if (was.status() != Status.COULD_NOT_ASSESS && was.status() != f.status()) {
                flips++;
            }
        }
        for (Finding f : clean) {
            boolean kept = faulted.findings().stream().anyMatch(g -> Key.of(g).equals(Key.of(f)));
            assertThat(kept || collapsed.contains(f.checkId() + "|" + f.accountId()))
                    .as("%s is in the faulted run, or its check could not be assessed there", Key.of(f)).isTrue();
        }
        System.out.println("seed " + seed + ": reasons the faults caused:\n  "
                + String.join("\n  ", reasons));
        return new Figures(seed, FAULTS.total(), FAULTS.injected(), FAULTS.stickyOperations(), FAULTS.served(),
                faulted.findings().size(), becameCna, flips, faulted.seconds());
    }

    private static List<Long> seeds() {
        String property = System.getProperty("faults.seeds", "20261207,4242");
        return java.util.Arrays.stream(property.split(",")).map(String::trim).map(Long::parseLong).toList();
    }
}
