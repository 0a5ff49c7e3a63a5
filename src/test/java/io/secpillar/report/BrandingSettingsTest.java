package io.secpillar.report;

import io.secpillar.assessment.port.SettingsRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BrandingSettingsTest {

    static final class MapSettings implements SettingsRepository {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    }

    @Test
    void roundTripsAndFallsBackToDefaults() {
        MapSettings store = new MapSettings();
        BrandingSettings settings = new BrandingSettings(store);
        assertThat(settings.load()).isEqualTo(Branding.defaults());
        Branding b = new Branding(Optional.of(" Northwind "), Optional.of(Path.of("/tmp/logo.png").toAbsolutePath()),
                new RgbColor(1, 2, 3), RgbColor.parse("#A0B0C0").orElseThrow());
        settings.save(b);
        assertThat(settings.load()).isEqualTo(b);
        assertThat(settings.load().consultancyName()).contains("Northwind");
        store.values.put(BrandingSettings.PRIMARY, "not a colour");
        assertThat(settings.load().primary()).isEqualTo(Branding.DEFAULT_PRIMARY);
        assertThat(store.values.values()).noneMatch(v -> v.toLowerCase().contains("password"));
    }

    @Test
    void coloursParseAndTint() {
        assertThat(RgbColor.parse("1b3a5c")).contains(new RgbColor(0x1B, 0x3A, 0x5C));
        assertThat(RgbColor.parse("#12345")).isEmpty();
        assertThat(new RgbColor(0, 0, 0).tint(1).hex()).isEqualTo("#FFFFFF");
    }
}
