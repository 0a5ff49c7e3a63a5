package io.secpillar.selfcheck;

import java.nio.file.Path;

/** The main window, built off-screen on the store the database step filled (JavaFX, its natives, the icon fonts). */
final class WindowStep implements SelfCheck.Step {

    private final SelfCheck.WindowCheck window;

    WindowStep(SelfCheck.WindowCheck window) {
        this.window = window;
    }

    @Override
    public String name() {
        return "window";
    }

    @Override
    public String run(Path scratch) throws Exception {
        return window.build(StoreStep.dataDir(scratch)) + " on " + HeadlessToolkit.describe();
    }
}
