package io.secpillar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a benchmark's figures to target/bench/NAME.txt and prints them. */
public final class BenchReport {

    private BenchReport() {
    }

    public static void write(String name, String text) {
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("=== " + name + " ===\n" + text);
    }

    /** The value at the given percentile (0–100) of the samples, nearest-rank. */
    public static double percentile(double[] samples, double pct) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
