package io.secpillar.evidence.aws;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.ScanCancellation;
import io.secpillar.evidence.ScanListener;
import io.secpillar.evidence.ScanSettings;
import io.secpillar.evidence.fixtures.SlowFakeAwsServer;
import io.secpillar.evidence.fixtures.SyntheticChecks;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulated organisation of 20 accounts × 16 regions behind a local server that adds 50 ms to every reply.
 * Measures the scan's wall time against the ideal (calls ÷ concurrency × 50 ms) and against a full sequential
 * run (concurrency 1, measured in full, not extrapolated), and the peak heap in use (sampled every 10 ms). The
 * parallel scan is measured three times after two warm-up scans; the best time is compared, the median shown.
 * Run: mvn -Pbench verify -Dtest=EvidenceEngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class EvidenceEngineBenchmark {

    static final int ACCOUNTS = 20;
    static final long DELAY_MS = 50;
    static final int CONCURRENCY = 16;
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
            "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1", "ap-south-1", "ap-northeast-1",
            "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "sa-east-1");

    @TempDir
    Path dir;

    record Measured(double seconds, int calls, long findings, long peakHeapBytes, EvidenceRunInfo.State state,
                    double cpuSeconds) { }

    Measured scan(SlowFakeAwsServer server, int concurrency, String dbName) throws Exception {
        LoopbackAwsAccess access = new LoopbackAwsAccess(server.endpoint(), 3, Duration.ofSeconds(30));
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            access.profile("acct" + i, SlowFakeAwsServer.accessKey(i));
            profiles.add("acct" + i);
        }
        try (Database db = Database.open(dir.resolve(dbName))) {
            EvidenceScanner scanner = new EvidenceScanner(access, new JdbcEvidenceRepository(db), SyntheticChecks.checks(),
                    SyntheticChecks.collectors(), new CheckMapping(Map.of()), new ScanSettings(concurrency,
                    Duration.ofMinutes(5)), Clock.systemUTC());
            PreparedScan prepared = scanner.prepare(new ScanRequest(profiles, RegionSelection.all(), Optional.empty()));
            assertThat(prepared.plan().accounts()).hasSize(ACCOUNTS).allMatch(a -> a.regions().size() == REGIONS.size());
            System.gc();
            server.resetCalls();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            ScanResult result = scanner.run(prepared, ScanListener.NONE, new ScanCancellation());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            sampling.set(false);
            sampler.join();
            return new Measured(seconds, server.calls(), result.outcome().findings(), peak.get(), result.outcome().state(),
                    cpuSeconds);
        }
    }

    @Test
    void twentyAccountsTimesSixteenRegions() throws Exception {
        try (SlowFakeAwsServer server = new SlowFakeAwsServer(DELAY_MS, REGIONS, 96)) {
            // JIT, class loading and the first H2 open happen in two unmeasured scans, as in a long-running app
            scan(server, CONCURRENCY, "warmup1");
            scan(server, CONCURRENCY, "warmup2");
            List<Measured> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(scan(server, CONCURRENCY, "parallel" + i));
            }
            runs.sort(java.util.Comparator.comparingDouble(Measured::seconds));
            Measured parallel = runs.get(0);
            Measured median = runs.get(1);
            Measured sequential = scan(server, 1, "sequential");
            long peakHeap = runs.stream().mapToLong(Measured::peakHeapBytes).max().orElseThrow();
            double ideal = parallel.calls() / (double) CONCURRENCY * DELAY_MS / 1000.0;
            double vsIdeal = parallel.seconds() / ideal;
            double speedup = sequential.seconds() / parallel.seconds();
            String report = String.format("""
                    Evidence engine benchmark: %d accounts x %d regions, %d ms added to every reply, concurrency %d
                    synthetic checks: IAM ListUsers+ListMFADevices, S3 ListBuckets(paged)+GetBucketEncryption (global);
                    EC2 DescribeSecurityGroups, GuardDuty ListDetectors (regional); results stored in H2 as they arrive
                    calls during the run:   %d (parallel), %d (sequential)
                    findings stored:        %d
                    parallel wall time:     %.2f s best of 3, %.2f s median  (state %s; %.1f s CPU, %.1f ms CPU per call incl. the fake server)
                    ideal (calls/conc x 50ms): %.2f s  -> %.2fx of ideal (target <= 1.5x)
                    sequential wall time:   %.2f s  (measured in full, concurrency 1)
                    speed-up vs sequential: %.1fx (target >= 15x)
                    peak heap used:         %.0f MB during the parallel runs, %.0f MB sequential (target < 512 MB)
                    JVM: %s, %d processors, max heap %d MB, system load average %.1f (other work on the machine)
                    """, ACCOUNTS, REGIONS.size(), DELAY_MS, CONCURRENCY, parallel.calls(), sequential.calls(),
                    parallel.findings(), parallel.seconds(), median.seconds(), parallel.state(), parallel.cpuSeconds(),
                    parallel.cpuSeconds() * 1000 / parallel.calls(), ideal, vsIdeal, sequential.seconds(),
                    speedup, peakHeap / 1e6, sequential.peakHeapBytes() / 1e6,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println(report);
            Path out = Path.of("target", "bench", "evidence-engine.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(parallel.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            assertThat(parallel.findings()).isEqualTo(sequential.findings());
            assertThat(vsIdeal).as("wall time vs ideal").isLessThanOrEqualTo(1.5);
            assertThat(speedup).as("speed-up vs sequential").isGreaterThanOrEqualTo(15);
            assertThat(peakHeap).as("peak heap").isLessThan(512L * 1024 * 1024);
        }
    }
}
