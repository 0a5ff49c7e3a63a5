package io.secpillar.ui.watool;

import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import java.util.List;

/** The parts both WA Tool dialogs share: the profile and region fields, and Esc / Enter on the dialog. */
final class WaToolForm {

    private WaToolForm() {
    }

    /** An editable profile box (a profile this machine lists, or a typed name) bound to {@code profile}. */
    static ComboBox<String> profileBox(List<String> profiles, StringProperty profile) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(profiles);
        box.setEditable(true);
        box.setId("wa-profile");
        box.setPromptText("AWS profile");
        box.setValue(profile.get());
        box.valueProperty().addListener((o, was, now) -> profile.set(now == null ? "" : now));
        box.getEditor().textProperty().addListener((o, was, now) -> profile.set(now == null ? "" : now));
        return box;
    }

    static TextField regionField(StringProperty region) {
        TextField field = new TextField(region.get());
        field.setId("wa-region");
        field.setPromptText("eu-central-1");
        region.bind(field.textProperty());
        return field;
    }

    static GridPane grid(ComboBox<String> profile, TextField region) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("AWS profile"), profile);
        grid.addRow(1, new Label("WA Tool region"), region);
        return grid;
    }

    /** Esc runs {@code escape} (close, or cancel first), Enter runs {@code enter}; both on the whole dialog. */
    static void keys(Stage stage, Scene scene, Runnable escape, Runnable enter) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                escape.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                enter.run();
                e.consume();
            }
        });
    }
}
