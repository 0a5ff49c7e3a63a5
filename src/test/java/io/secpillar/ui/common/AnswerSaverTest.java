package io.secpillar.ui.common;

import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Saves happen off the caller's thread, pile-ups fold into the newest answer, and a failure is kept, not lost. */
class AnswerSaverTest {

    private static Answer notes(String q, String text) {
        return Answer.empty(q, Instant.EPOCH).withNotes(text);
    }

    @Test
    void savesOnItsOwnThreadAndFoldsEditsThatPileUp() throws Exception {
        List<String> saved = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AnswerSaver saver = new AnswerSaver((review, answer) -> {
            threads.add(Thread.currentThread().getName());
            firstStarted.countDown();
            release.await();
            saved.add(answer.questionId() + ":" + answer.notes());
        }, Runnable::run, s -> { }, c -> { });
        saver.save(1, notes("q1", "a"));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        saver.save(1, notes("q1", "ab"));
        saver.save(1, notes("q2", "x"));
        saver.save(1, notes("q1", "abc"));
        release.countDown();
        assertThat(saver.flush(5, TimeUnit.SECONDS)).isTrue();
        assertThat(saved).containsExactly("q1:a", "q1:abc", "q2:x");
        assertThat(threads).allMatch(t -> t.startsWith("secpillar-background")).doesNotContain(Thread.currentThread().getName());
        saver.close();
    }

    @Test
    void aFailedSaveIsKeptAndReportedThenRetried() {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        List<String> saved = Collections.synchronizedList(new ArrayList<>());
        List<AnswerSaver.Status> statuses = Collections.synchronizedList(new ArrayList<>());
        AnswerSaver saver = new AnswerSaver((review, answer) -> {
            if (diskFull.get()) {
                throw new IllegalStateException("No space left on device.");
            }
            saved.add(answer.notes());
        }, Runnable::run, statuses::add, c -> { });
        saver.save(1, notes("q1", "important"));
        assertThat(saver.flush(5, TimeUnit.SECONDS)).isFalse();
        assertThat(saver.hasPending()).isTrue();
        assertThat(statuses.get(statuses.size() - 1).state()).isEqualTo(AnswerSaver.State.FAILED);
        assertThat(statuses.get(statuses.size() - 1).message()).contains("No space left on device.", "Your edit is kept");
        diskFull.set(false);
        saver.retry();
        assertThat(saver.flush(5, TimeUnit.SECONDS)).isTrue();
        assertThat(saved).containsExactly("important");
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(new AnswerSaver.Status(AnswerSaver.State.SAVED, "All changes saved"));
        saver.close();
    }
}
