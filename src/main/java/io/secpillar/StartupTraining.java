package io.secpillar;

import io.secpillar.selfcheck.HeadlessToolkit;
import io.secpillar.selfcheck.TempFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the workbench's window once, on a fresh data directory, and exits as soon as it is ready: the start-up
 * that the packaging records for class-data sharing ({@code -XX:DumpLoadedClassList},
 * {@code -XX:ArchiveClassesAtExit}). Headless unless a display is given with {@code -Dglass.platform} or DISPLAY.
 */
public final class StartupTraining {

    /** Printed by the window when its store is open and its first page shown (see the app's start-up probe). */
    private static final String READY = "SECPILLAR_READY";
    private static final long GIVE_UP_MS = 120_000;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            HeadlessToolkit.select();
        }
        Path data = Files.createTempDirectory("secpillar-training");
        System.setProperty("secpillar.startupProbe", "true");
        PrintStream console = System.out;
        System.setOut(new PrintStream(new LineWatcher(line -> {
            if (line.startsWith(READY)) {
                TempFiles.deleteQuietly(data);
                console.println("start-up recorded");
                System.exit(0);
            }
        }), true, StandardCharsets.UTF_8));
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
            } catch (InterruptedException e) {
                return;
            }
            console.println("the window was not ready within " + GIVE_UP_MS / 1000 + " s");
            Runtime.getRuntime().halt(1);
        }, "training-timeout");
        guard.setDaemon(true);
        guard.start();
        Launcher.main(new String[] {"--data-dir", data.toString()});
    }

    /** Hands each complete line written to it to a listener. */
    private static final class LineWatcher extends OutputStream {
        private final java.util.function.Consumer<String> listener;
        private final StringBuilder line = new StringBuilder();

        LineWatcher(java.util.function.Consumer<String> listener) {
            this.listener = listener;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                listener.accept(line.toString());
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }
}
