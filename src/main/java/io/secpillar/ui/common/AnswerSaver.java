package io.secpillar.ui.common;

import io.secpillar.questionnaire.Answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves answers as the reviewer edits them, on one background thread, in order. Edits to the same question
 * that pile up while a commit runs are folded into the newest one, so a fast typist never builds a backlog.
 * A failed save keeps the answer pending and says so; the next edit or {@link #retry()} tries again.
 */
public final class AnswerSaver implements AutoCloseable {

    /** The store's save operation. */
    @FunctionalInterface
    public interface Store {
        void save(long reviewId, Answer answer) throws Exception;
    }

    public enum State { SAVED, SAVING, FAILED }

    /** What the status bar shows. */
    public record Status(State state, String message) { }

    /** Latency of one committed edit, from the call to {@link #save} to the commit, with the thread that committed. */
    public record Commit(long nanos, String thread) { }

    private record Key(long reviewId, String questionId) { }

    private record Pending(Answer answer, long since) { }

    private final Store store;
    private final Consumer<Runnable> uiThread;
    private final Consumer<Status> status;
    private final Consumer<Commit> commits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Background.daemonThreads("secpillar-save"));
    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private boolean drainScheduled;

    public AnswerSaver(Store store, Consumer<Runnable> uiThread, Consumer<Status> status, Consumer<Commit> commits) {
        this.store = store;
        this.uiThread = uiThread;
        this.status = status;
        this.commits = commits;
    }

    public void save(long reviewId, Answer answer) {
        long now = System.nanoTime();
        synchronized (pending) {
            Pending earlier = pending.get(new Key(reviewId, answer.questionId()));
            pending.put(new Key(reviewId, answer.questionId()), new Pending(answer, earlier == null ? now : earlier.since()));
            scheduleDrain();
        }
    }

    public void retry() {
        synchronized (pending) {
            scheduleDrain();
        }
    }

    public boolean hasPending() {
        synchronized (pending) {
            return !pending.isEmpty();
        }
    }

    /** Waits until everything pending is committed (or failed); true when nothing is left unsaved. */
    public boolean flush(long timeout, TimeUnit unit) {
        try {
            worker.submit(() -> { }).get(timeout, unit);
            synchronized (pending) {
                if (!pending.isEmpty() && !drainScheduled) {
                    scheduleDrain();
                }
            }
            worker.submit(() -> { }).get(timeout, unit);
        } catch (Exception e) {
            return false;
        }
        return !hasPending();
    }

    @Override
    public void close() {
        flush(10, TimeUnit.SECONDS);
        worker.shutdown();
    }

    private void scheduleDrain() {
        if (!drainScheduled && !pending.isEmpty()) {
            drainScheduled = true;
            uiThread.accept(() -> status.accept(new Status(State.SAVING, "Saving…")));
            worker.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Map.Entry<Key, Pending> next;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    drainScheduled = false;
                    uiThread.accept(() -> status.accept(new Status(State.SAVED, "All changes saved")));
                    return;
                }
                next = pending.entrySet().iterator().next();
                pending.remove(next.getKey());
            }
            try {
                store.save(next.getKey().reviewId(), next.getValue().answer());
                commits.accept(new Commit(System.nanoTime() - next.getValue().since(), Thread.currentThread().getName()));
            } catch (Exception e) {
                synchronized (pending) {
                    pending.putIfAbsent(next.getKey(), next.getValue());
                    drainScheduled = false;
                }
                String message = "Not saved yet: " + e.getMessage() + " Your edit is kept; it is saved again with the next change.";
                uiThread.accept(() -> status.accept(new Status(State.FAILED, message)));
                return;
            }
        }
    }
}
