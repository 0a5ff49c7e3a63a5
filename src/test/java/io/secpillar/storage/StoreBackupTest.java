package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup taken while the store is being written restores to a consistent store; a damaged backup is refused. */
class StoreBackupTest {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileAnswersAreSavedRestoresToAnIntactStore() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.zip");
        long workloadId;
        String notesAtRestore;
        AtomicInteger saved = new AtomicInteger();
        try (Services services = Services.open(data, Clock.systemUTC())) {
            Workload w = services.demo().create();
            workloadId = w.id();
            ReviewSnapshot s = services.reviews().open(w.id());
            Question q = s.questions().get(0);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> edits = writer.submit(() -> {
                while (!stop.get()) {
                    Answer a = services.reviews().open(w.id()).answer(q.id()).orElseThrow();
                    services.reviews().saveAnswer(s.review().id(), a.withNotes("edit " + saved.incrementAndGet())
                            .changed("Anna", services.reviews().clock().instant()));
                }
            });
            while (saved.get() < 5) {
                Thread.sleep(5);
            }
            var outcome = services.engagement().backup(backup);
            stop.set(true);
            edits.get();
            writer.shutdown();
            assertThat(outcome.tables()).contains("AUDIT_RECORD", "ANSWER", "EVIDENCE_RESULT", "MILESTONE", "ATTACHMENT_CONTENT");
            assertThat(outcome.rows()).isPositive();
            assertThat(backup).exists();
            notesAtRestore = services.reviews().open(w.id()).answer(q.id()).orElseThrow().notes();
        }
        Path other = dir.resolve("restored");
        StoreBackup.Outcome restored = StoreBackup.restore(other, backup);
        assertThat(restored.keptAside()).isNull();
        try (Services services = Services.open(other, Clock.systemUTC())) {
            assertThat(services.reviews().open(workloadId).counts().answered()).isEqualTo(11);
            assertThat(services.engagement().verifier().verify(workloadId).ok()).isTrue();
            assertThat(services.engagement().milestones().list(workloadId)).hasSize(2);
        }
        // restoring over the live directory keeps the replaced store aside
        StoreBackup.Outcome over = StoreBackup.restore(data, backup);
        assertThat(over.keptAside()).exists();
        try (Services services = Services.open(data, Clock.systemUTC())) {
            String notes = services.reviews().open(workloadId).answer(services.reviews().open(workloadId).questions().get(0).id())
                    .orElseThrow().notes();
            assertThat(notes).startsWith("edit ");
            assertThat(Integer.parseInt(notes.substring(5))).isLessThanOrEqualTo(Integer.parseInt(notesAtRestore.substring(5)));
            assertThat(services.engagement().verifier().verify(workloadId).ok()).isTrue();
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheStoreIsUntouched() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.zip");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.demo().create();
            services.engagement().backup(backup);
        }
        byte[] store = Files.readAllBytes(data.resolve("secpillar.mv.db"));
        byte[] good = Files.readAllBytes(backup);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        Path altered = Files.write(dir.resolve("altered.zip"), flipped);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(good, good.length / 3));
        Path foreign = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        for (Path bad : new Path[] {altered, truncated, foreign, dir.resolve("missing.zip")}) {
            assertThatThrownBy(() -> StoreBackup.restore(data, bad)).as(bad.toString())
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(bad.toString()).hasMessageEndingWith("Nothing was changed.");
        }
        assertThat(Files.readAllBytes(data.resolve("secpillar.mv.db"))).isEqualTo(store);
        try (Services services = Services.open(data, Clock.systemUTC())) {
            assertThat(services.reviews().workloads()).hasSize(1);
        }
    }

    @Test
    void restoreWaitsForTheWindowToClose() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.zip");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.engagement().backup(backup);
            assertThatThrownBy(() -> StoreBackup.restore(data, backup)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("already using");
        }
    }
}
