package io.secpillar.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The yardstick for start-up: the smallest JavaFX window, on the same JVM and toolkit settings. */
public final class BareWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 820));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> System.out.println("SECPILLAR_FIRST_WINDOW " + System.currentTimeMillis()));
        stage.show();
    }

    /** A main class that is not the Application itself, as the workbench's Launcher (JavaFX on the classpath). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindowApp.class, args);
        }
    }
}
