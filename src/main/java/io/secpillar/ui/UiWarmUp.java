package io.secpillar.ui;

import org.kordamp.ikonli.IkonHandler;

import java.util.ServiceLoader;

/**
 * Loads the icon packs and the main views' classes on a spare core while JavaFX starts its toolkit, so the
 * first window does not wait for them (about a third of a second on a two-core laptop).
 */
final class UiWarmUp {

    private static final String[] CLASSES = {
            "org.kordamp.ikonli.materialdesign2.MaterialDesignA", "org.kordamp.ikonli.materialdesign2.MaterialDesignC",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignD", "org.kordamp.ikonli.materialdesign2.MaterialDesignF",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignH", "org.kordamp.ikonli.materialdesign2.MaterialDesignM",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignP", "org.kordamp.ikonli.materialdesign2.MaterialDesignS",
            "org.kordamp.ikonli.javafx.FontIcon",
            "io.secpillar.ui.shell.ShellView", "io.secpillar.ui.workloads.WorkloadsView",
            "io.secpillar.ui.workloads.WorkloadCell", "io.secpillar.ui.common.RiskChips", "io.secpillar.app.Services",
            "io.secpillar.storage.Database", "org.h2.Driver", "org.flywaydb.core.Flyway"};

    private UiWarmUp() {
    }

    static void start() {
        Thread t = new Thread(UiWarmUp::run, "secpillar-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            for (String name : CLASSES) {
                Class.forName(name, true, UiWarmUp.class.getClassLoader());
            }
            // the icon handlers are found by a service-loader scan of every jar; do it now, fonts load on first use
            ServiceLoader.load(IkonHandler.class, UiWarmUp.class.getClassLoader()).stream().forEach(p -> p.type());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // only a head start: whatever fails here simply loads later, on first use
        }
    }
}
