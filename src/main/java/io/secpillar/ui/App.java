package io.secpillar.ui;

import io.secpillar.app.Services;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.storage.DataDirectory;
import io.secpillar.storage.DataDirectoryChoice;
import io.secpillar.ui.page.UiServices;
import io.secpillar.ui.shell.ShellView;
import io.secpillar.ui.shell.ShellViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The JavaFX application and the window's composition root: shows the window at once, then opens the store in the
 * background (so a slow disk or a refused database never freezes or blanks the window) and hands the view models
 * the core services they need. Nothing below this class sees {@link Services}.
 */
public final class App extends Application {

    /** When set, the app prints when its first window is shown and when its data is ready (for benchmarks). */
    public static final String STARTUP_PROBE = "secpillar.startupProbe";

    private static volatile Optional<Path> requestedDataDir = Optional.empty();

    private final Path dataDir;
    private ShellView shell;

    public App() {
        this(requestedDataDir);
    }

    public App(Optional<Path> dataDirOption) {
        this.dataDir = DataDirectory.resolve(dataDirOption);
    }

    /** Called by the launcher; blocks until the window is closed. */
    public static int launchWindow(Optional<Path> dataDir) {
        requestedDataDir = Objects.requireNonNull(dataDir);
        UiWarmUp.start();
        Path dir = DataDirectory.resolve(dataDir);
        WindowPlacement.load(dir);
        Application.launch(App.class);
        WindowPlacement.save(dir);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        shell = new ShellView(new ShellViewModel(() -> open(dataDir)), Pages.ALL, dataDir,
                getHostServices()::showDocument);
        // 1280 × 820 where the screen allows it, else nine tenths of it (a small laptop, a low-resolution projector)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth() * 0.9);
        double height = Math.min(820, screen.getHeight() * 0.9);
        Scene scene = new Scene(shell.root(), width, height);
        stage.setScene(scene);
        WindowPlacement.apply(stage, width, height); // where it was last time, else centred
        stage.setTitle("SecPillar Workbench");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        AppIcons.loadInto(stage); // decoded in the background: the window does not wait for its icon
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                    e -> System.out.println("SECPILLAR_FIRST_WINDOW " + System.currentTimeMillis()));
            shell.model().onReady(() -> System.out.println("SECPILLAR_READY " + System.currentTimeMillis()));
        }
        shell.installShortcuts(scene);
        stage.show();
        shell.model().openStore();
    }

    /** Opens the store in the data directory and wires what the window uses; runs in the background. */
    private static UiServices open(Path dataDir) {
        Services services = Services.open(dataDir, Clock.systemDefaultZone());
        return new UiServices(services.reviews(), services.lenses(), services.settings(), services.evidence(),
                services.evidenceDecisions(), services.demo(),
                mfa -> services.evidenceScanner(services.awsAccess(mfa), ScanSettings.defaults()),
                services::reportKit, services.reviewer(), services::close, services::waTool, services::waToolImport,
                dataDir, new DataDirectoryChoice(DataDirectory.platformDefault()));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    public ShellView shell() {
        return shell;
    }
}
