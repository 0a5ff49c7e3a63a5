package io.secpillar.bench;

import io.secpillar.app.Services;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the first window shown: the workbench (with the demo review in its store) against a bare JavaFX
 * window, each in a fresh JVM, alternated, several rounds. Uses Xvfb/GTK when DISPLAY is set, Monocle otherwise.
 * Run: mvn -Pbench verify -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int ROUNDS = 7;

    @TempDir
    Path dataDir;

    @Test
    void firstWindowWithinOneAndAHalfTimesABareWindow() throws Exception {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
        }
        boolean display = System.getenv("DISPLAY") != null;
        List<Double> bare = new ArrayList<>();
        List<Double> appWindow = new ArrayList<>();
        List<Double> appReady = new ArrayList<>();
        launch("io.secpillar.bench.BareWindowApp$Main", List.of(), display); // warm the OS file cache once
        for (int i = 0; i < ROUNDS; i++) {
            bare.add(launch("io.secpillar.bench.BareWindowApp$Main", List.of(), display)[0]);
            double[] app = launch("io.secpillar.Launcher", List.of("--data-dir", dataDir.toString()), display);
            appWindow.add(app[0]);
            appReady.add(app[1]);
        }
        double bareMedian = median(bare);
        double appMedian = median(appWindow);
        String text = String.format(Locale.ROOT, """
                toolkit: %s, %d rounds, fresh JVM each, median of each
                bare JavaFX window, first window shown: %.0f ms  (all: %s)
                SecPillar Workbench, first window shown: %.0f ms  (all: %s)
                SecPillar Workbench, demo review listed (store opened, migrated, read): %.0f ms  (all: %s)
                ratio first window app / bare: %.2f  (target <= 1.5)
                """, display ? "GTK on " + System.getenv("DISPLAY") : "Monocle headless", ROUNDS,
                bareMedian, fmt(bare), appMedian, fmt(appWindow), median(appReady), fmt(appReady), appMedian / bareMedian);
        BenchReport.write("startup", text);
    }

    /** Returns {ms to first window, ms to data ready (or NaN)} from process start. */
    private static double[] launch(String mainClass, List<String> args, boolean display) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dprism.order=sw", "-Dsecpillar.startupProbe=true"));
        if (!display) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32"));
        }
        cmd.add(mainClass);
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        double first = Double.NaN;
        double ready = Double.NaN;
        boolean wantsReady = mainClass.endsWith("Launcher");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                double ms = (System.nanoTime() - start) / 1e6;
                if (line.startsWith("SECPILLAR_FIRST_WINDOW")) {
                    first = ms;
                } else if (line.startsWith("SECPILLAR_READY")) {
                    ready = ms;
                }
                if (!Double.isNaN(first) && (!wantsReady || !Double.isNaN(ready))) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (Double.isNaN(first)) {
            throw new IllegalStateException(mainClass + " never showed its window");
        }
        return new double[] {first, ready};
    }

    private static double median(List<Double> values) {
        return BenchReport.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
