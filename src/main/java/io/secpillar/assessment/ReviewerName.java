package io.secpillar.assessment;

import io.secpillar.assessment.port.SettingsRepository;

/**
 * The name stamped on answers and on unsigned reports: the one the reviewer set in the app, else the
 * operating-system user. Both read and write the store: call them off the JavaFX thread.
 */
public final class ReviewerName {

    static final String SETTING = "reviewer.name";

    private final SettingsRepository settings;

    public ReviewerName(SettingsRepository settings) {
        this.settings = settings;
    }

    public String current() {
        return settings.get(SETTING).filter(s -> !s.isBlank()).orElseGet(() -> System.getProperty("user.name", "reviewer"));
    }

    public void change(String name) {
        settings.put(SETTING, name);
    }
}
