package io.secpillar.report;

import java.util.Locale;
import java.util.Optional;

/** A colour as the report and the settings know it: three 0–255 channels, written as #RRGGBB. */
public record RgbColor(int red, int green, int blue) {

    public RgbColor {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels go from 0 to 255");
        }
    }

    /** Reads #RRGGBB (the # is optional); empty for anything else. */
    public static Optional<RgbColor> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        if (!s.matches("[0-9a-fA-F]{6}")) {
            return Optional.empty();
        }
        int v = Integer.parseInt(s, 16);
        return Optional.of(new RgbColor((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** The colour mixed with white; amount 0 keeps it, 1 gives white. Used for tints behind text. */
    public RgbColor tint(double amount) {
        return new RgbColor(mix(red, amount), mix(green, amount), mix(blue, amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * Math.max(0, Math.min(1, amount)));
    }
}
