package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.OrganizationEvidence;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to build, render and sign a report, pages, file size and peak heap: the demo review (eleven answered
 * questions) with 5,000 evidence results, and with an organization of 200 accounts × every check of the catalog.
 * Run: mvn -o -Pbench verify -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * The figures are printed and written to target/bench/report*.txt.
 */
@Tag("benchmark")
class ReportBenchmark {

    static final int RESULTS = 5_000;
    static final int ACCOUNTS = 200;
    static final int RESULTS_PER_CHECK_AND_ACCOUNT = 5;

    @TempDir
    Path dir;

    @Test
    void generateAndSign5000Results() throws Exception {
        Instant now = Instant.now();
        try (Services services = ReportFixtures.services(dir.resolve("data"))) {
            ReviewSnapshot s = ReportFixtures.demo(services);
            InMemoryEvidence store = new InMemoryEvidence(s.workload().id());
            store.addRun(RESULTS, 2026, now.minusSeconds(3600));
            ReportEvidence evidence = ReportEvidence.load(Optional.of(store), s.workload().id(), InMemoryEvidence.CHECKS);
            String figures = measure(s, evidence, InMemoryEvidence.mapping(), now,
                    String.format(Locale.ROOT, "%d questions, %d evidence results", s.questions().size(), RESULTS));
            Files.writeString(Files.createDirectories(Path.of("target", "bench")).resolve("report.txt"), figures);
        }
    }

    /** Issue 10: a 200-account report stays under 20 MB and builds in under 30 s. */
    @Test
    void generateAndSignAnOrganizationOf200Accounts() throws Exception {
        Instant now = Instant.now();
        Map<String, CheckMetadata> checks = new LinkedHashMap<>();
        CheckCatalog.all().forEach(c -> checks.put(c.metadata().id(), c.metadata()));
        try (Services services = ReportFixtures.services(dir.resolve("data"))) {
            ReviewSnapshot s = ReportFixtures.demo(services);
            ReportEvidence evidence = OrganizationEvidence.of(s.workload().id(), checks, ACCOUNTS,
                    RESULTS_PER_CHECK_AND_ACCOUNT, 2026, now.minusSeconds(3600));
            String figures = measure(s, evidence, CheckMapping.bundled(), now, String.format(Locale.ROOT,
                    "%d accounts in %d OUs × %d checks × %d results = %,d evidence results", ACCOUNTS,
                    OrganizationEvidence.OUS.size(), checks.size(), RESULTS_PER_CHECK_AND_ACCOUNT,
                    evidence.findings().size()));
            Files.writeString(Files.createDirectories(Path.of("target", "bench")).resolve("report-organization.txt"),
                    figures);
        }
    }

    private String measure(ReviewSnapshot s, ReportEvidence evidence, CheckMapping mapping, Instant now,
                           String what) throws Exception {
        SigningCredentials creds = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.RSA_3072, now);
        ReportExporter exporter = new ReportExporter(mapping, Clock.fixed(now, ZoneOffset.UTC), "bench");
        ReportOptions options = ReportSections.everything(Branding.defaults(), "Bench");

        // one warm-up export so class loading and JIT are not billed to the measured one
        exporter.export(new ExportRequest(s, evidence, options, dir.resolve("warm.pdf"), Optional.of(creds),
                "r", "l"), Progress.NONE, () -> false);
        System.gc();
        resetPeaks();
        long heapBefore = usedHeap();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ExportResult r = exporter.export(new ExportRequest(s, evidence, options, dir.resolve("bench.pdf"),
                Optional.of(creds), "r", "l"), Progress.NONE, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long peak = peakHeap();

        assertThat(new PdfSignatureVerifier().verify(r.file()).intact()).isTrue();
        String figures = String.format(Locale.ROOT, "report benchmark: %s%n"
                        + "generate+sign: %.2f s wall, %.2f s CPU of the exporting thread (load average %.1f on %d cores)%n"
                        + "pages: %d%nfile size: %,d bytes (%.2f MB)%n"
                        + "peak heap (sum of pool peaks during the export): %.0f MB (heap before: %.0f MB)%n"
                        + "max heap allowed: %.0f MB%n",
                what, seconds, cpuSeconds, load, Runtime.getRuntime().availableProcessors(), r.pages(), r.bytes(),
                r.bytes() / 1e6, peak / 1e6, heapBefore / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.print(figures);
        return figures;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
