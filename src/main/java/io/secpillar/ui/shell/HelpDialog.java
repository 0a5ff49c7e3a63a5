package io.secpillar.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts, so a reviewer can drive the workshop without the mouse. */
final class HelpDialog {

    static final String[][] SHORTCUTS = {
            {"Ctrl+→  or  Ctrl+Page Down", "Next question"},
            {"Ctrl+←  or  Ctrl+Page Up", "Previous question"},
            {"1 … 9", "Tick or untick the n-th best practice"},
            {"0", "Tick or untick \"None of these\""},
            {"Shift+1 … 9", "Show or hide the guidance of the n-th best practice"},
            {"Ctrl+D", "Question does not apply (then choose the reason)"},
            {"Ctrl+E", "Jump to the notes"},
            {"Esc", "Leave the notes, back to the question list"},
            {"↑ / ↓ in the question list", "Move between questions"},
            {"Ctrl+1 / Ctrl+2", "The questions / the evidence from AWS"},
            {"Ctrl+P", "Export the report of this review"},
            {"Ctrl+W", "Back to the workloads"},
            {"Ctrl+F", "Search the workloads"},
            {"Ctrl+N", "New workload"},
            {"Ctrl++  /  Ctrl+-  /  Ctrl+0", "Larger / smaller / normal text (for projectors)"},
            {"F1", "This list"},
            {"Ctrl+Q", "Quit (everything is already saved)"},
    };

    private HelpDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setId("shortcut-grid");
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        grid.addRow(SHORTCUTS.length, new Label(""), new Label("Digits act when no text field has the focus."));
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }
}
