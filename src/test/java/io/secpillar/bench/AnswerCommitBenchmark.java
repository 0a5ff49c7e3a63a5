package io.secpillar.bench;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.ui.common.AnswerSaver;
import io.secpillar.ui.questionnaire.ReviewViewModel;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * From an answer change on the JavaFX thread to its commit in the H2 file, over a thousand edits (ticks, notes,
 * not-applicable marks across all questions), paced at one edit every 20 ms (faster than any reviewer types).
 * Run: mvn -Pbench verify -Dtest=AnswerCommitBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class AnswerCommitBenchmark {

    private static final int EDITS = 1000;

    @TempDir
    Path dataDir;

    @Test
    void aThousandEditsCommitInTheBackground() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        ConcurrentLinkedQueue<AnswerSaver.Commit> commits = new ConcurrentLinkedQueue<>();
        AtomicInteger onFxThread = new AtomicInteger();
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            Workload w = services.reviews().create(new WorkloadDraft("Bench", "", "", null, List.of(), List.of(), ""),
                    services.lenses().bundled());
            AnswerSaver saver = new AnswerSaver((review, answer) -> {
                if (Platform.isFxApplicationThread()) {
                    onFxThread.incrementAndGet();
                }
                services.reviews().saveAnswer(review, answer);
            }, Platform::runLater, s -> { }, commits::add);
            ReviewViewModel model = new ReviewViewModel(services.reviews().open(w.id()), saver, () -> "bench",
                    Clock.systemUTC(), q -> { });
            long begin = System.nanoTime();
            for (int i = 0; i < EDITS; i++) {
                int n = i;
                CountDownLatch done = new CountDownLatch(1);
                Platform.runLater(() -> {
                    model.show(n % 11);
                    switch (n % 4) {
                        case 0, 1 -> model.toggleByNumber(1 + (n / 11) % model.current().bestPractices().size());
                        case 2 -> model.setNotes("Edit " + n + ": notes typed in the workshop — Zürich ≥ ✓");
                        default -> model.toggleByNumber(0);
                    }
                    done.countDown();
                });
                done.await();
                TimeUnit.MILLISECONDS.sleep(20);
            }
            if (!saver.flush(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("edits left unsaved");
            }
            double wall = (System.nanoTime() - begin) / 1e9;
            saver.close();
            double[] ms = commits.stream().mapToDouble(c -> c.nanos() / 1e6).toArray();
            long saveThreads = commits.stream().filter(c -> c.thread().startsWith("secpillar-background")).count();
            String text = String.format(Locale.ROOT, """
                    %d edits on the FX thread, one every 20 ms, %.1f s wall; %d commits (edits to one question that
                    piled up during a commit are folded into the newest)
                    change -> commit latency: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms  (target p99 < 20 ms)
                    commits on the background executor: %d of %d; commits on the FX thread: %d  (target 0)
                    """, EDITS, wall, ms.length, BenchReport.percentile(ms, 50), BenchReport.percentile(ms, 95),
                    BenchReport.percentile(ms, 99), BenchReport.percentile(ms, 100), saveThreads, ms.length, onFxThread.get());
            BenchReport.write("answer-commit", text);
        }
    }
}
