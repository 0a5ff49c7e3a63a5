package io.secpillar.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a consultancy dresses its reports: its name on the cover and in the footer, its logo, and two colours
 * (primary for headings and rules, accent for highlights). Kept in the app's settings.
 */
public record Branding(Optional<String> consultancyName, Optional<Path> logoFile, RgbColor primary, RgbColor accent) {

    public static final RgbColor DEFAULT_PRIMARY = new RgbColor(0x1B, 0x3A, 0x5C);
    public static final RgbColor DEFAULT_ACCENT = new RgbColor(0x2E, 0x86, 0xAB);

    public Branding {
        consultancyName = consultancyName.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(logoFile, "logoFile");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(accent, "accent");
    }

    public static Branding defaults() {
        return new Branding(Optional.empty(), Optional.empty(), DEFAULT_PRIMARY, DEFAULT_ACCENT);
    }
}
