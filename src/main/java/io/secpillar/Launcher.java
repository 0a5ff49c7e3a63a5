package io.secpillar;

import io.secpillar.cli.SecPillarCommand;
import io.secpillar.ui.App;

/**
 * Plain main(): commands run without loading the UI toolkit; without a command the window opens.
 * (A main class that is not a JavaFX Application also lets the classpath jar start JavaFX.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = SecPillarCommand.commandLine(dataDir -> App.launchWindow(dataDir)).execute(args);
        System.exit(code);
    }
}
