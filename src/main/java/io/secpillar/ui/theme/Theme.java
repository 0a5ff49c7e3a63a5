package io.secpillar.ui.theme;

import java.util.Locale;
import java.util.Optional;

/** The window's colours as the user chose them: as the operating system says, or always light or dark. */
public enum Theme {
    SYSTEM("Follow the system"), LIGHT("Light"), DARK("Dark");

    /** Where the choice is kept in the settings. */
    public static final String SETTING = "ui.theme";

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored choice; anything unknown (or nothing) follows the system. */
    public static Theme parse(Optional<String> stored) {
        return stored.map(s -> s.strip().toUpperCase(Locale.ROOT)).flatMap(s -> {
            for (Theme t : values()) {
                if (t.name().equals(s)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }).orElse(SYSTEM);
    }
}
