package io.secpillar.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs I/O away from the JavaFX application thread and hands only the result (or the failure) back to it.
 * Daemon threads, so a stuck call never keeps the application alive.
 */
public final class Background {

    private static final ExecutorService IO = Executors.newCachedThreadPool(daemonThreads("secpillar-io"));

    private Background() {
    }

    public static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        IO.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    /** Fire-and-forget for writes whose outcome the user does not wait for (e.g. remembering the last question). */
    public static void execute(Runnable work) {
        IO.execute(work);
    }

    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
