package io.secpillar.report;

import io.secpillar.assessment.port.SettingsRepository;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes the report branding in the app's settings (plain values only, never secrets). */
public final class BrandingSettings {

    static final String CONSULTANCY = "report.branding.consultancy";
    static final String LOGO = "report.branding.logo";
    static final String PRIMARY = "report.branding.primary";
    static final String ACCENT = "report.branding.accent";

    private final SettingsRepository settings;

    public BrandingSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The saved branding; anything missing or unreadable falls back to the default. */
    public Branding load() {
        Optional<String> name = settings.get(CONSULTANCY);
        Optional<Path> logo = settings.get(LOGO).filter(s -> !s.isBlank()).flatMap(BrandingSettings::path);
        RgbColor primary = settings.get(PRIMARY).flatMap(RgbColor::parse).orElse(Branding.DEFAULT_PRIMARY);
        RgbColor accent = settings.get(ACCENT).flatMap(RgbColor::parse).orElse(Branding.DEFAULT_ACCENT);
        return new Branding(name, logo, primary, accent);
    }

    public void save(Branding branding) {
        settings.put(CONSULTANCY, branding.consultancyName().orElse(""));
        settings.put(LOGO, branding.logoFile().map(p -> p.toAbsolutePath().toString()).orElse(""));
        settings.put(PRIMARY, branding.primary().hex());
        settings.put(ACCENT, branding.accent().hex());
    }

    private static Optional<Path> path(String s) {
        try {
            return Optional.of(Path.of(s));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
