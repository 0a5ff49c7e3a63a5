package io.secpillar.bench;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One answer save as the store does it (answer row and audit record in one transaction, committed to the H2 file),
 * timed call by call, and what that does to the size of the file: two sessions of edits, each closed normally.
 * The store appends while open and reclaims the space on close, so the file must not keep growing from session to
 * session. Run: mvn -o -Pbench verify -Dtest=AnswerSaveBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class AnswerSaveBenchmark {

    private static final int WARM_UP = 100;
    private static final int SAVES = 1000;
    private static final int SESSIONS = 2;

    @TempDir
    Path dataDir;

    @Test
    void saveOneAnswer() throws Exception {
        Path file = dataDir.resolve("secpillar.mv.db");
        List<Double> ms = new ArrayList<>();
        StringBuilder sizes = new StringBuilder();
        long n = 0;
        for (int session = 1; session <= SESSIONS; session++) {
            try (Services services = Services.open(dataDir, Clock.systemUTC())) {
                Workload w = services.reviews().findByIdOrName("Bench").orElseGet(() -> services.reviews().create(
                        new WorkloadDraft("Bench", "", "", Environment.PRODUCTION, List.of(), List.of(), "bench"),
                        services.lenses().bundled()));
                ReviewSnapshot review = services.reviews().open(w.id());
                long opened = Files.size(file);
                for (int i = 0; i < WARM_UP + SAVES; i++, n++) {
                    Question q = review.questions().get((int) (n % review.questions().size()));
                    Answer answer = review.answer(q.id()).orElse(Answer.empty(q.id(), Clock.systemUTC().instant()))
                            .withChoice(q, q.bestPractices().get(0).id(), n % 2 == 0)
                            .withNotes("edit " + n)
                            .changed("bench", Clock.systemUTC().instant());
                    long begin = System.nanoTime();
                    services.reviews().saveAnswer(review.review().id(), answer);
                    long took = System.nanoTime() - begin;
                    review = review.withAnswer(answer);
                    if (i >= WARM_UP) {
                        ms.add(took / 1e6);
                    }
                }
                sizes.append(String.format(Locale.ROOT, "session %d: file %.2f MB after opening, %.2f MB after %d saves",
                        session, opened / 1e6, Files.size(file) / 1e6, WARM_UP + SAVES));
            }
            sizes.append(String.format(Locale.ROOT, ", %.2f MB after closing%n", Files.size(file) / 1e6));
        }
        double[] samples = ms.stream().mapToDouble(Double::doubleValue).toArray();
        BenchReport.write("answer-save", String.format(Locale.ROOT, """
                saveAnswer (answer and audit record, one transaction, committed to the file), %d saves per session
                after %d unmeasured, %d sessions: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms
                %s""", SAVES, WARM_UP, SESSIONS, BenchReport.percentile(samples, 50), BenchReport.percentile(samples, 95),
                BenchReport.percentile(samples, 99), BenchReport.percentile(samples, 100), sizes));
    }
}
