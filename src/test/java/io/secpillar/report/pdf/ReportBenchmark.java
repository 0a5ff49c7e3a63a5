package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.InMemoryEvidence;
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
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eleven answered questions with 5,000 evidence results: time to build, render and sign, pages, file size and
 * peak heap. Run: mvn -Pbench verify -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class ReportBenchmark {

    static final int RESULTS = 5_000;

    @TempDir
    Path dir;

    @Test
    void generateAndSign5000Results() throws Exception {
        Instant now = Instant.now();
        try (Services services = ReportFixtures.services(dir.resolve("data"))) {
            ReviewSnapshot s = ReportFixtures.demo(services);
            InMemoryEvidence store = new InMemoryEvidence(s.workload().id());
            store.addRun(RESULTS, 2026, now.minusSeconds(3600));
            SigningCredentials creds = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.RSA_3072, now);
            ReportExporter exporter = new ReportExporter(InMemoryEvidence.mapping(), Clock.fixed(now, ZoneOffset.UTC),
                    "bench");
            ReportEvidence evidence = ReportEvidence.load(Optional.of(store), s.workload().id(), InMemoryEvidence.CHECKS);
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
            String figures = String.format(Locale.ROOT, "report benchmark: %d questions, %d evidence results%n"
                            + "generate+sign: %.2f s wall, %.2f s CPU of the exporting thread (load average %.1f on %d cores)%npages: %d%nfile size: %,d bytes (%.2f MB)%n"
                            + "peak heap (sum of pool peaks during the export): %.0f MB (heap before: %.0f MB)%n"
                            + "max heap allowed: %.0f MB%n",
                    s.questions().size(), RESULTS, seconds, cpuSeconds, load, Runtime.getRuntime().availableProcessors(), r.pages(), r.bytes(), r.bytes() / 1e6, peak / 1e6,
                    heapBefore / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            System.out.print(figures);
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "report.txt"), figures);
        }
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
