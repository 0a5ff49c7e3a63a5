package io.secpillar.assessment.port;

import java.util.Optional;

/** Small named values the application keeps between sessions (never secrets). */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);
}
