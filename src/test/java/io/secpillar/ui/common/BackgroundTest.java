package io.secpillar.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one background executor: work off the FX thread, results back on it, and no failure left unseen. */
class BackgroundTest {

    private final List<Background.Failure> seen = new CopyOnWriteArrayList<>();
    private final Runnable stop = Background.watchFailures(seen::add);

    /** The toolkit as TestFX starts it, so the UI tests that share this JVM find it as they expect. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopWatching() {
        stop.run();
    }

    @Test
    void workRunsOnTheBackgroundThreadsAndItsResultComesBackOnTheFxThread() throws Exception {
        CompletableFuture<String> worker = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();
        Background.run("Nothing", () -> {
            worker.complete(Thread.currentThread().getName());
            return 42;
        }, n -> resultOnFx.complete(n == 42 && Platform.isFxApplicationThread()));
        assertThat(worker.get(5, TimeUnit.SECONDS)).startsWith("secpillar-background-");
        assertThat(resultOnFx.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isEmpty();
    }

    @Test
    void aFailureGoesToTheWatchersAndToTheCallersHandler() throws Exception {
        CompletableFuture<Throwable> handled = new CompletableFuture<>();
        Background.run("The workloads could not be read", () -> {
            throw new UncheckedIOException("Disk gone", new java.io.IOException("Disk gone"));
        }, never -> handled.completeExceptionally(new AssertionError("no result expected")), handled::complete);
        assertThat(handled.get(5, TimeUnit.SECONDS)).hasMessage("Disk gone");
        assertThat(seen).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("The workloads could not be read: Disk gone"));
    }

    @Test
    void aFailureWithoutAHandlerOrAMessageIsStillShown() throws Exception {
        Background.execute("A setting was not saved", () -> {
            throw new IllegalStateException();
        });
        waitUntil(() -> !seen.isEmpty());
        assertThat(seen.get(0).message()).isEqualTo("A setting was not saved: IllegalStateException");
    }

    @Test
    void aFailedTaskIsShownAndACancelledOneIsNot() throws Exception {
        Task<Void> failing = new Task<>() {
            @Override
            protected Void call() {
                throw new IllegalArgumentException("The keystore password is wrong.");
            }
        };
        Task<Void> cancelled = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Thread.sleep(10_000);
                return null;
            }
        };
        Background.start("The report was not exported", failing);
        Background.start("The preview could not be drawn", cancelled);
        Platform.runLater(cancelled::cancel); // as the export dialog's Cancel does
        waitUntil(() -> !seen.isEmpty());
        Thread.sleep(200);
        assertThat(seen).extracting(Background.Failure::message)
                .containsExactly("The report was not exported: The keystore password is wrong.");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
