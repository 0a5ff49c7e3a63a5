package io.secpillar.ui.shell;

import io.secpillar.ui.page.Shortcut;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
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
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
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
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }
}
