package io.secpillar.ui.theme;

import java.util.Optional;

/**
 * The text sizes Ctrl++ and Ctrl+- step through: proportional steps of 10–14 %, so the largest size is reached in
 * five presses (one pixel at a time took twelve).
 */
public final class ZoomLevels {

    /** Where the chosen size is kept in the settings, as a percentage of the normal size. */
    public static final String SETTING = "ui.zoom";
    /** The size as earlier versions kept it, in pixels; read when no percentage is stored yet. */
    public static final String LEGACY_SETTING = "ui.fontSize";
    public static final int NORMAL = 100;
    static final double BASE_PX = 14;
    private static final int[] LEVELS = {80, 90, 100, 110, 125, 140, 160, 180};

    private ZoomLevels() {
    }

    public static int larger(int percent) {
        for (int level : LEVELS) {
            if (level > percent) {
                return level;
            }
        }
        return largest();
    }

    public static int smaller(int percent) {
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (LEVELS[i] < percent) {
                return LEVELS[i];
            }
        }
        return LEVELS[0];
    }

    public static int largest() {
        return LEVELS[LEVELS.length - 1];
    }

    public static int smallest() {
        return LEVELS[0];
    }

    /** The stored level, or the level nearest to a stored pixel size; empty when neither is usable. */
    public static Optional<Integer> parse(Optional<String> percent, Optional<String> legacyPixels) {
        Optional<Integer> stored = percent.filter(s -> s.matches("\\d{2,3}")).map(Integer::parseInt);
        if (stored.isEmpty()) {
            stored = legacyPixels.filter(s -> s.matches("\\d{1,2}"))
                    .map(px -> (int) Math.round(Integer.parseInt(px) * 100 / BASE_PX));
        }
        return stored.filter(p -> p >= smallest() / 2 && p <= largest() * 2).map(ZoomLevels::nearest);
    }

    static int nearest(int percent) {
        int best = NORMAL;
        for (int level : LEVELS) {
            if (Math.abs(level - percent) < Math.abs(best - percent)) {
                best = level;
            }
        }
        return best;
    }

    /** The font size in pixels of a level. */
    public static double pixels(int percent) {
        return BASE_PX * percent / 100.0;
    }
}
