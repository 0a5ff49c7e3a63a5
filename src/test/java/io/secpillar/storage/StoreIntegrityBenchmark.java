package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.bench.BenchReport;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the full integrity scan on opening costs on a big store: 40 evidence runs of 5,000 results each (200,000
 * results with observed values and a proof excerpt, about an organisation's worth of scans over a year) plus the
 * demo review. Times opening (with its scan), the scan on opening alone, and a full scan that also reads every
 * evidence result (which opening leaves to the reads), and the file size.
 * Run: mvn -Pbench verify -Dtest=StoreIntegrityBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class StoreIntegrityBenchmark {

    static final int RUNS = 40;
    static final int RESULTS_PER_RUN = 5_000;

    @TempDir
    Path dir;

    @Test
    void scanOnOpeningStaysCheapOnABigStore() throws Exception {
        long fill = System.nanoTime();
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.demo().create();
            CheckInfo check = new CheckInfo("s3_bucket_default_encryption", "Buckets encrypt new objects by default",
                    "s3", Severity.MEDIUM, Scope.GLOBAL, "Turn on default encryption.");
            for (int run = 0; run < RUNS; run++) {
                long runId = services.evidence().startRun(new NewEvidenceRun(Optional.empty(), List.of("audit"),
                        List.of("111122223333"), List.of("eu-west-1"), "bench", Instant.now(), List.of(check)));
                List<EvidenceResult> batch = new ArrayList<>();
                for (int i = 0; i < RESULTS_PER_RUN; i++) {
                    String bucket = "arn:aws:s3:::bucket-" + run + "-" + i;
                    Finding f = new Finding(check.id(), i % 3 == 0 ? Status.FAIL : Status.PASS, "111122223333",
                            "eu-west-1", bucket, "Bucket bucket-" + run + "-" + i + " encrypts new objects with aws:kms.",
                            Map.of("SSEAlgorithm", "aws:kms", "BucketKeyEnabled", "true", "KMSMasterKeyID",
                                    "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-" + i),
                            "GetBucketEncryption: {\"ServerSideEncryptionConfiguration\":{\"Rules\":[{\"ApplyServerSideEn"
                                    + "cryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"arn:aws:kms:eu-"
                                    + "west-1:111122223333:key/0a1b2c3d-" + i + "\"},\"BucketKeyEnabled\":true}]}}");
                    batch.add(new EvidenceResult(f, check, List.of("SEC08-BP02")));
                    if (batch.size() == 500) {
                        services.evidence().append(runId, batch);
                        batch = new ArrayList<>();
                    }
                }
                services.evidence().append(runId, batch);
                services.evidence().finish(runId, io.secpillar.evidence.EvidenceRunInfo.State.COMPLETED, Instant.now(),
                        Optional.empty());
            }
        }
        double fillSeconds = (System.nanoTime() - fill) / 1e9;
        long bytes = Files.size(dir.resolve("secpillar.mv.db"));

        double bestOpen = Double.MAX_VALUE;
        double bestScan = Double.MAX_VALUE;
        double bestFull = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Database.open(dir).close();
            bestOpen = Math.min(bestOpen, (System.nanoTime() - t0) / 1e9);
            bestScan = Math.min(bestScan, scan(false));
            bestFull = Math.min(bestFull, scan(true));
        }
        BenchReport.write("store-integrity", String.format(
                "store: %,d evidence results in %d runs + the demo review, %.1f MB (filled in %.0f s)%n"
                        + "Database.open (read-only check, scan, migrate check, open), best of 3: %.2f s%n"
                        + "scan on opening (every row of every table but the evidence results, every lens"
                        + " SHA-256), best of 3: %.3f s%n"
                        + "full scan including every evidence result and its SHA-256 (not done on opening), best of 3:"
                        + " %.2f s (%.1f µs per result)%n",
                RUNS * RESULTS_PER_RUN, RUNS, bytes / 1e6, fillSeconds, bestOpen, bestScan, bestFull,
                bestFull * 1e6 / (RUNS * RESULTS_PER_RUN)));
    }

    private double scan(boolean everything) {
        JdbcConnectionPool readOnly = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("secpillar")
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "sa", "");
        try {
            long t = System.nanoTime();
            IntegrityScan.run(readOnly, dir.resolve("secpillar.mv.db"), everything);
            return (System.nanoTime() - t) / 1e9;
        } finally {
            readOnly.dispose();
        }
    }
}
