package io.secpillar.ui.common;

import io.secpillar.questionnaire.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves answers as the reviewer edits them, in the background and in order: one drain at a time runs on the
 * window's background executor, so commits never overlap. Edits to the same question that pile up while a
 * commit runs are folded into the newest one, so a fast typist never builds a backlog. A failed save keeps the
 * answer pending and says so; the next edit or {@link #retry()} tries again.
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

    private static final Logger LOG = LoggerFactory.getLogger(AnswerSaver.class);

    private final Store store;
    private final Consumer<Runnable> uiThread;
    private final Consumer<Status> status;
    private final Consumer<Commit> commits;
    private final Executor worker;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    /** A drain is queued or running; guarded by {@code pending}, which is notified when it ends. */
    private boolean drainScheduled;

    /** Saves on the window's background executor. */
    public AnswerSaver(Store store, Consumer<Runnable> uiThread, Consumer<Status> status, Consumer<Commit> commits) {
        this(Background.executor(), store, uiThread, status, commits);
    }

    public AnswerSaver(Executor worker, Store store, Consumer<Runnable> uiThread, Consumer<Status> status,
                       Consumer<Commit> commits) {
        this.worker = worker;
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

    /**
     * Waits until everything pending is committed (or failed); true when nothing is left unsaved. What an earlier
     * failure left pending is tried once more.
     */
    public boolean flush(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (pending) {
            try {
                if (!awaitDrained(deadline)) {
                    return false;
                }
                if (!pending.isEmpty()) {
                    scheduleDrain();
                    if (!awaitDrained(deadline)) {
                        return false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return pending.isEmpty();
        }
    }

    /** Saves what is pending; the executor is shared, so nothing is shut down here. */
    @Override
    public void close() {
        flush(10, TimeUnit.SECONDS);
    }

    /** Called holding {@code pending}. */
    private boolean awaitDrained(long deadline) throws InterruptedException {
        while (drainScheduled) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(pending, left);
        }
        return true;
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
                    pending.notifyAll();
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
                String message = "Not saved yet: " + e.getMessage() + " Your edit is kept; it is saved again with the next change.";
                LOG.warn("The answer to {} of review {} was not saved (kept, to be saved again)",
                        next.getKey().questionId(), next.getKey().reviewId(), e);
                synchronized (pending) {
                    pending.putIfAbsent(next.getKey(), next.getValue());
                    // said before the drain counts as over, so whoever flushed sees the failure
                    uiThread.accept(() -> status.accept(new Status(State.FAILED, message)));
                    drainScheduled = false;
                    pending.notifyAll();
                }
                return;
            }
        }
    }
}
