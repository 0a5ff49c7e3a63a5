package io.secpillar.bench;

import io.secpillar.app.Services;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the packaged application (the app image of packaging/package.sh) to its first window, against a
 * bare JavaFX window started the usual way (the JDK's java, JavaFX jars), and {@code java -jar}; for the package
 * each lever is measured on its own:
 * no class-data sharing, the runtime's JDK+JavaFX archive, and that plus the application's archive. Fresh
 * process each, alternated, median of the rounds. Needs a display (xvfb-run) and the app image:
 * <pre>
 * packaging/package.sh --app-image
 * xvfb-run -a mvn -Pbench verify -Dxvfb -Dtest=PackagedStartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.javafxRun=true] [-Dbench.rounds=7] [-Dbench.jarOnly=true]
 * </pre>
 */
@Tag("benchmark")
class PackagedStartupBenchmark {

    private static final String PROBE = "secpillar.startupProbe";
    /** Only the bare window and java -jar (e.g. to compare two builds of the jar). */
    private static final boolean JAR_ONLY = Boolean.getBoolean("bench.jarOnly");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    private static final Path IMAGE = Path.of(System.getProperty("secpillar.appImage",
            "target/jpackage/dist/secpillar-workbench")).toAbsolutePath();

    @TempDir
    Path dataDir;

    @Test
    void packagedFirstWindowAgainstABareWindow() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run under xvfb-run");
        Path launcher = IMAGE.resolve("bin").resolve("secpillar-workbench");
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no app image at " + IMAGE + ": packaging/package.sh --app-image");
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
        }
        Path cfg = IMAGE.resolve("lib/app/secpillar-workbench.cfg");
        String original = Files.readString(cfg);
        // the launcher takes its JVM options from its .cfg only: switch the start-up probe on for the measurement
        Files.writeString(cfg, original.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=-D" + PROBE + "=true\n"));
        try {
            measure(launcher);
        } finally {
            Files.writeString(cfg, original);
        }
    }

    private void measure(Path launcher) throws Exception {
        Path appArchive = IMAGE.resolve("lib/app/secpillar.jsa");
        Path baseArchive = IMAGE.resolve("lib/runtime/lib/server/classes.jsa");
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<String> bare = bareWindow();
        List<String> packaged = List.of(launcher.toString(), "--data-dir", dataDir.toString());
        List<String> jar = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "secpillar.jar").toAbsolutePath().toString(), "--data-dir", dataDir.toString());
        launch(bare); // warm the file cache once
        launch(packaged);
        launch(jar);
        for (int i = 0; i < ROUNDS; i++) {
            times.computeIfAbsent("bare JavaFX window (JDK java, JavaFX jars)", k -> new ArrayList<>()).add(launch(bare));
            times.computeIfAbsent("java -jar target/secpillar.jar", k -> new ArrayList<>()).add(launch(jar));
            if (JAR_ONLY) {
                continue;
            }
            times.computeIfAbsent("packaged: runtime + application archives", k -> new ArrayList<>()).add(launch(packaged));
            hide(appArchive, () -> times.computeIfAbsent("packaged: runtime archive only (JDK + JavaFX)",
                    k -> new ArrayList<>()).add(launch(packaged)));
            hide(appArchive, () -> hide(baseArchive, () -> times.computeIfAbsent("packaged: no class-data sharing",
                    k -> new ArrayList<>()).add(launch(packaged))));
        }
        double bareMedian = median(times.values().iterator().next());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "GTK on %s, %d rounds, fresh process each, median (all runs in ms)%n", System.getenv("DISPLAY"), ROUNDS));
        times.forEach((name, list) -> text.append(String.format(Locale.ROOT, "%-48s %5.0f ms  ratio %.2f  %s%n",
                name, median(list), median(list) / bareMedian, fmt(list))));
        BenchReport.write("startup-packaged", text.toString());
        if (Boolean.getBoolean("bench.javafxRun")) {
            // Maven's own start (reading the pom, resolving the plugin) comes first: two rounds are enough
            List<Double> mvn = new ArrayList<>();
            String pom = Path.of("pom.xml").toAbsolutePath().toString();
            for (int i = 0; i < 2; i++) {
                mvn.add(launch(List.of("mvn", "-q", "-f", pom, "org.openjfx:javafx-maven-plugin:0.0.8:run",
                        "-Djavafx.args=--data-dir " + dataDir)));
            }
            text.append(String.format(Locale.ROOT, "%-48s %5.0f ms  ratio %.2f  %s%n", "mvn javafx:run",
                    median(mvn), median(mvn) / bareMedian, fmt(mvn)));
            BenchReport.write("startup-packaged", text.toString());
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /** Runs with the file moved aside, so the JVM starts without that archive (-Xshare:auto goes on without). */
    private static void hide(Path file, Run run) throws Exception {
        Path aside = file.resolveSibling(file.getFileName() + ".aside");
        boolean present = Files.exists(file);
        if (present) {
            Files.move(file, aside);
        }
        try {
            run.run();
        } finally {
            if (present) {
                Files.move(aside, file);
            }
        }
    }

    private static List<String> bareWindow() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dsecpillar.startupProbe=true",
                "io.secpillar.bench.BareWindowApp$Main");
    }

    /** Milliseconds from process start to the line the first window prints when shown. */
    static double launch(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("JDK_JAVA_OPTIONS", "-D" + PROBE + "=true"); // for java -jar and mvn's forked java
        long start = System.nanoTime();
        Process p = builder.start();
        double first = Double.NaN;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SECPILLAR_FIRST_WINDOW")) {
                    first = (System.nanoTime() - start) / 1e6;
                    break;
                }
                seen.append(line).append('\n');
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (Double.isNaN(first)) {
            throw new IllegalStateException(cmd.get(0) + " never showed its window:\n" + seen);
        }
        return first;
    }

    private static double median(List<Double> values) {
        return BenchReport.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
