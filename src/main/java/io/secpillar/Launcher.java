package io.secpillar;

import io.secpillar.cli.SecPillarCommand;
import io.secpillar.selfcheck.SelfCheck;
import io.secpillar.ui.App;
import io.secpillar.ui.OffScreenWindow;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Plain main(): commands run without loading the UI toolkit; without a command the window opens.
 * (A main class that is not a JavaFX Application also lets the classpath jar start JavaFX.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(SelfCheck.OPTION)) {
            System.exit(SelfCheck.run(System.out, OffScreenWindow::check));
        }
        // The window is what people start most: skip building the command line (a third of a second of class
        // loading) when the arguments can only mean "open the window".
        Optional<Optional<Path>> window = windowOnly(args);
        if (window.isPresent()) {
            System.exit(App.launchWindow(window.get()));
        }
        int code = SecPillarCommand.commandLine(App::launchWindow).execute(args);
        System.exit(code);
    }

    /** The data directory when the arguments are nothing or just {@code --data-dir DIR}; empty otherwise. */
    static Optional<Optional<Path>> windowOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return Optional.of(Optional.of(Path.of(args[0].substring("--data-dir=".length()))));
        }
        return Optional.empty();
    }
}
