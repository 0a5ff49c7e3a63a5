package io.secpillar.ui.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Placeholder; replaced by the real shell. */
public final class ShellView {
    private final BorderPane root = new BorderPane();

    public ShellView(Path dataDir, Consumer<String> openLink) {
    }

    public Parent root() {
        return root;
    }

    public void onReady(Runnable r) {
    }

    public void installShortcuts(Scene scene) {
    }

    public void openStore() {
    }

    public void close() {
    }
}
