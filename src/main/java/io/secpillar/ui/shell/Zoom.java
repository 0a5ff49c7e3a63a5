package io.secpillar.ui.shell;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;

import java.util.Optional;

/** Ctrl+plus / Ctrl+minus / Ctrl+0 scale the whole window's type, for the projector at the back of the room. */
final class Zoom {

    static final String SETTING = "ui.fontSize";
    private static final int DEFAULT = 14;
    private static final int MIN = 11;
    private static final int MAX = 26;

    private final Parent root;
    private int size = DEFAULT;

    Zoom(Parent root) {
        this.root = root;
        show();
    }

    boolean handles(KeyCode code) {
        return code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD || code == KeyCode.MINUS
                || code == KeyCode.SUBTRACT || code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0;
    }

    void apply(KeyCode code) {
        if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            size = Math.max(MIN, size - 1);
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            size = DEFAULT;
        } else {
            size = Math.min(MAX, size + 1);
        }
        show();
    }

    /** Called from a background thread with the stored value; applies it on the FX thread. */
    void restore(Optional<String> stored) {
        stored.filter(s -> s.matches("\\d{1,2}")).map(Integer::parseInt)
                .filter(v -> v >= MIN && v <= MAX)
                .ifPresent(v -> javafx.application.Platform.runLater(() -> {
                    size = v;
                    show();
                }));
    }

    String current() {
        return String.valueOf(size);
    }

    private void show() {
        root.setStyle("-fx-font-size: " + size + "px;");
    }
}
