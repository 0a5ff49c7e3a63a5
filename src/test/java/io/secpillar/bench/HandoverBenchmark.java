package io.secpillar.bench;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import of a workload whose evidence run holds 50,000 results (an organisation-wide scan), best of three,
 * each import into a fresh data directory. Target: under 5 s each.
 * Run: mvn -o -Pbench verify -Dtest=HandoverBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class HandoverBenchmark {

    private static final int RESULTS = 50_000;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void exportAndImportOfFiftyThousandResults() throws Exception {
        Path file = dir.resolve("large.secpillar");
        double export = Double.MAX_VALUE;
        double load;
        try (Services services = Services.open(dir.resolve("source"), Clock.systemUTC())) {
            long id = workloadWithLargeRun(services);
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                services.engagement().handover().export(id, file);
                export = Math.min(export, (System.nanoTime() - start) / 1e9);
            }
        }
        double importSeconds = Double.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            try (Services target = Services.open(dir.resolve("target-" + i), Clock.systemUTC())) {
                long start = System.nanoTime();
                var result = target.engagement().handover().importFile(file, false);
                importSeconds = Math.min(importSeconds, (System.nanoTime() - start) / 1e9);
                assertThat(result.contents().evidenceResults()).isEqualTo(RESULTS);
            }
        }
        load = importSeconds;
        String text = String.format(Locale.ROOT, """
                workload with %,d evidence results, 11 answers; hand-over file %,d bytes
                export: %.2f s (best of %d)   target < 5 s
                import: %.2f s (best of %d, each into a fresh data directory, all checks included)   target < 5 s
                """, RESULTS, Files.size(file), export, ROUNDS, load, ROUNDS);
        BenchReport.write("handover", text);
        assertThat(export).as("export seconds").isLessThan(5.0);
        assertThat(load).as("import seconds").isLessThan(5.0);
    }

    private static long workloadWithLargeRun(Services services) {
        Workload w = services.reviews().create(new WorkloadDraft("Organisation scan", "Large client", "", null,
                List.of("111122223333"), List.of("eu-central-1"), "Anna"), services.lenses().bundled());
        ReviewSnapshot s = services.reviews().open(w.id());
        for (Question q : s.questions()) {
            services.reviews().saveAnswer(s.review().id(), Answer.empty(q.id(), Instant.now())
                    .withChoice(q, q.bestPractices().get(0).id(), true).withNotes("Notes for " + q.id()).changed("Anna", Instant.now()));
        }
        List<CheckInfo> checks = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            checks.add(new CheckInfo("check_" + c, "Check number " + c, "svc" + (c % 20), Severity.MEDIUM, Scope.REGIONAL,
                    "Do the right thing for check " + c + "."));
        }
        Instant start = Instant.now().minusSeconds(600);
        long run = services.evidence().startRun(new NewEvidenceRun(Optional.of(w.id()), List.of("org-audit"),
                List.of("111122223333"), List.of("eu-central-1"), "bench", start, checks));
        List<EvidenceResult> batch = new ArrayList<>();
        for (int i = 0; i < RESULTS; i++) {
            String account = String.format(Locale.ROOT, "%012d", 100000000000L + i % 500);
            Finding f = new Finding("check_" + (i % 100), i % 3 == 0 ? Status.FAIL : Status.PASS, account, "eu-central-1",
                    "arn:aws:s3:::bucket-" + i, "Bucket " + i + " is as the check expects, or not, for this benchmark.",
                    Map.of("Encryption", i % 2 == 0 ? "AES256" : "aws:kms", "Versioning", "Enabled"),
                    "{\"Bucket\":\"bucket-" + i + "\",\"Rules\":[{\"SSEAlgorithm\":\"AES256\"}]}");
            batch.add(new EvidenceResult(f, checks.get(i % 100), List.of("SEC08-BP02")));
            if (batch.size() == 5000) {
                services.evidence().append(run, batch);
                batch = new ArrayList<>();
            }
        }
        services.evidence().finish(run, EvidenceRunInfo.State.COMPLETED, Instant.now(), Optional.empty());
        return w.id();
    }
}
