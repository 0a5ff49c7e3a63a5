package io.secpillar.ui.shell;

import io.secpillar.ui.page.Shortcut;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import io.secpillar.ui.common.Dialogs;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** The keyboard shortcuts (F1), so a reviewer can drive the workshop without the mouse. */
final class HelpDialog {

    private HelpDialog() {
    }

    static void show(Window owner, List<Shortcut> shortcuts) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setId("shortcut-grid");
        for (int i = 0; i < shortcuts.size(); i++) {
            Label key = new Label(shortcuts.get(i).keys());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(shortcuts.get(i).action()));
        }
        grid.addRow(shortcuts.size(), new Label(""), new Label("Digits act when no text field has the focus."));
        // a long list scrolls (arrow keys, Page Down) inside a dialog that never outgrows a 720-line screen
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("shortcut-scroll");
        alert.getDialogPane().setContent(scroll);
        Dialogs.fitToScreen(alert);
        alert.showAndWait();
    }
}
