package io.secpillar.selfcheck;

import io.secpillar.app.Version;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code secpillar --self-check}: proves that an installed workbench has everything it needs, without a display
 * and without a network. Each step uses the real code path with its libraries (the bundled lens, H2 and Flyway,
 * PDFBox and Bouncy Castle, the AWS SDK behind the read-only guard, the JavaFX window), prints one line with its
 * time, and the check exits 0 when all passed, 1 naming what failed. Classpath tests cannot see what only the
 * packaged application can get wrong: a module missing from the bundled runtime, a native library that does not
 * load, an access to toolkit internals that needs an option of the launcher.
 */
public final class SelfCheck {

    /** The argument that runs the check instead of the window. */
    public static final String OPTION = "--self-check";

    /** Builds the main window off-screen on the given data directory; returns what it showed. */
    @FunctionalInterface
    public interface WindowCheck {
        String build(Path dataDir) throws Exception;
    }

    private final PrintStream out;
    private final List<Step> steps;

    SelfCheck(PrintStream out, List<Step> steps) {
        this.out = out;
        this.steps = List.copyOf(steps);
    }

    /** Runs every step on a scratch directory that is removed afterwards; returns the exit code. */
    public static int run(PrintStream out, WindowCheck window) {
        // before anything can start the toolkit: the window is built on Monocle's headless screen
        HeadlessToolkit.select();
        return new SelfCheck(out, List.of(new LensStep(), new StoreStep(), new ReportStep(), new AwsStep(),
                new WindowStep(window))).run();
    }

    int run() {
        long start = System.nanoTime();
        out.printf(Locale.ROOT, "SecPillar Workbench %s self-check (Java %s, %s %s)%n", Version.current(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        Path scratch;
        try {
            scratch = Files.createTempDirectory("secpillar-self-check");
        } catch (Exception e) {
            out.println("FAIL  cannot create a temporary directory: " + e.getMessage());
            return 1;
        }
        List<String> failed = new ArrayList<>();
        try {
            for (Step step : steps) {
                long t0 = System.nanoTime();
                String detail;
                boolean ok;
                try {
                    detail = step.run(scratch);
                    ok = true;
                } catch (Throwable e) { // a missing class or native library (an Error) is exactly what this looks for
                    detail = describe(e);
                    ok = false;
                    failed.add(step.name());
                }
                out.printf(Locale.ROOT, "%-4s  %-8s %6.2f s  %s%n", ok ? "ok" : "FAIL", step.name(),
                        seconds(t0), detail);
            }
        } finally {
            TempFiles.deleteQuietly(scratch);
        }
        if (failed.isEmpty()) {
            out.printf(Locale.ROOT, "self-check passed in %.1f s%n", seconds(start));
            return 0;
        }
        out.printf(Locale.ROOT, "self-check FAILED in %.1f s: %s%n", seconds(start), String.join(", ", failed));
        return 1;
    }

    /** The failure in one line: its type and message, and the first cause that says more. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage());
        }
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
                        .append(cause.getMessage()).append(')');
                break;
            }
            cause = cause.getCause();
        }
        return text.toString().replace('\n', ' ');
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One thing to prove; returns a line saying what it saw, or throws saying what is wrong. */
    interface Step {
        String name();

        String run(Path scratch) throws Exception;
    }
}
