package io.secpillar.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The window's one background executor: I/O, AWS calls and PDF work run here, never on the JavaFX thread, and
 * only results and failures come back to it. No failure is lost: each is logged and handed to the watchers (the
 * status bar) besides whatever the caller does with it. Daemon threads, so a stuck call never keeps the
 * application alive.
 */
public final class Background {

    /** A background job that failed: what it was doing, in words for the status bar, and why. */
    public record Failure(String what, Throwable error) {

        public String message() {
            return what + ": " + reason(error);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(daemonThreads("secpillar-background"));
    private static final List<Consumer<Failure>> WATCHERS = new CopyOnWriteArrayList<>();

    private Background() {
    }

    /**
     * Runs {@code work} in the background and hands its result to {@code onSuccess} on the JavaFX thread. A failure
     * is logged and shown to the watchers as "{@code what}: reason".
     */
    public static <T> void run(String what, Callable<T> work, Consumer<T> onSuccess) {
        run(what, work, onSuccess, alreadyReported -> { });
    }

    /** As {@link #run(String, Callable, Consumer)}; {@code onFailure} also gets the failure, to show it in place. */
    public static <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        EXECUTOR.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                failed(what, t, onFailure);
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    /** Fire-and-forget for writes whose outcome the user does not wait for (e.g. remembering the last question). */
    public static void execute(String what, Runnable work) {
        run(what, () -> {
            work.run();
            return null;
        }, nothing -> { });
    }

    /** Starts a JavaFX task (progress, messages, cancel) here; a failed task is reported like any other work. */
    public static <T> Task<T> start(String what, Task<T> task) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            if (!task.isCancelled()) { // a cancel interrupts the work, which may then end in an exception
                report(what, task.getException());
            }
        });
        EXECUTOR.execute(task);
        return task;
    }

    /** For work that keeps its own order on top of the shared threads (the answer saver's single lane). */
    public static Executor executor() {
        return EXECUTOR;
    }

    /** Hands every later failure to {@code watcher} on the JavaFX thread; run the returned action to stop. */
    public static Runnable watchFailures(Consumer<Failure> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    private static void failed(String what, Throwable error, Consumer<Throwable> onFailure) {
        Platform.runLater(() -> {
            report(what, error);
            onFailure.accept(error);
        });
    }

    private static void report(String what, Throwable error) {
        Failure failure = new Failure(what, error);
        LOG.warn(failure.message(), error);
        WATCHERS.forEach(w -> w.accept(failure));
    }

    public static String reason(Throwable t) {
        String message = t == null ? null : t.getMessage();
        return message == null || message.isBlank() ? (t == null ? "unknown error" : t.getClass().getSimpleName()) : message;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
