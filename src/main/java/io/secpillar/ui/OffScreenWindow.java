package io.secpillar.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * For the packaged self-check: starts the toolkit, builds the real main window on a data directory, waits until
 * its store is open and its workloads listed, renders it to an image, and closes everything again. Whatever glass
 * platform the caller chose (the self-check picks Monocle's headless screen) is used.
 */
public final class OffScreenWindow {

    private static final long TIMEOUT_S = 30;

    private OffScreenWindow() {
    }

    /** What the window showed, e.g. "main window 1280x820 rendered (412 colours), 1 workload listed". */
    public static String check(Path dataDir) throws Exception {
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        if (!toolkit.await(TIMEOUT_S, TimeUnit.SECONDS)) {
            throw new TimeoutException("the JavaFX toolkit did not start within " + TIMEOUT_S + " s");
        }
        App app = new App(Optional.of(dataDir));
        Stage[] stage = new Stage[1];
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    stage[0] = new Stage();
                    app.start(stage[0]);
                    app.shell().model().onReady(() -> ready.complete(null));
                } catch (Throwable e) {
                    ready.completeExceptionally(e);
                }
            });
            ready.get(TIMEOUT_S, TimeUnit.SECONDS);
            int listed = waitForWorkloads(stage);
            return onFxThread(() -> describe(stage[0].getScene(), listed));
        } finally {
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    app.stop();
                    if (stage[0] != null) {
                        stage[0].close();
                    }
                } finally {
                    closed.countDown();
                }
            });
            closed.await(TIMEOUT_S, TimeUnit.SECONDS);
            Platform.exit();
        }
    }

    /** The list fills in the background once the store is open; a few seconds at most. */
    private static int waitForWorkloads(Stage[] stage) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int listed = 0;
        while (listed == 0 && System.nanoTime() < deadline) {
            listed = onFxThread(() -> stage[0].getScene().lookup("#workload-list") instanceof ListView<?> list
                    ? list.getItems().size() : 0);
            if (listed == 0) {
                Thread.sleep(100);
            }
        }
        if (listed == 0) {
            throw new IllegalStateException("the window opened its store but listed no workload");
        }
        return listed;
    }

    private static String describe(Scene scene, int listed) {
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 4) {
            for (int x = 0; x < (int) image.getWidth(); x += 4) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        if (colours.size() < 3) {
            throw new IllegalStateException("the window rendered blank (" + colours.size() + " colours)");
        }
        return String.format("main window %.0fx%.0f rendered (%d colours), %d workload%s listed",
                image.getWidth(), image.getHeight(), colours.size(), listed, listed == 1 ? "" : "s");
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
