package io.secpillar.selfcheck;

/**
 * Points JavaFX at Monocle's headless screen (shipped with the application for this), so a window can be built
 * and rendered where there is no display: a CI machine, a server, an SSH session. Must run before the toolkit
 * starts; an explicit {@code -Dglass.platform} wins.
 */
public final class HeadlessToolkit {

    private HeadlessToolkit() {
    }

    public static void select() {
        if (System.getProperty("glass.platform") != null) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.verbose", "false");
        System.setProperty("java.awt.headless", "true");
    }

    /** Which glass platform the toolkit will use, for the report line. */
    static String describe() {
        String platform = System.getProperty("glass.platform");
        return platform == null ? "the desktop's own" : platform + " (" + System.getProperty("monocle.platform", "") + ")";
    }
}
