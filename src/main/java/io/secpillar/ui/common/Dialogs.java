package io.secpillar.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Standard alerts in the application's look, owned by the main window so they stay on top of it. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = styled(new Alert(Alert.AlertType.ERROR), owner, header);
        alert.setContentText(message);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = styled(new Alert(Alert.AlertType.INFORMATION), owner, header);
        alert.setContentText(message);
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, String header, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonType.OK.getButtonData());
        Alert alert = styled(new Alert(Alert.AlertType.CONFIRMATION, message, ok, ButtonType.CANCEL), owner, header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /** An error with a list of problems (e.g. every problem of a refused lens file). */
    public static void problems(Window owner, String header, String intro, List<String> lines) {
        Alert alert = styled(new Alert(Alert.AlertType.ERROR), owner, header);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setPrefSize(760, Math.min(420, 40 + lines.size() * 28));
        list.setId("problem-list");
        Node content = new VBox(10, wrapped(intro), list);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Alert styled(Alert alert, Window owner, String header) {
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
                alert.getDialogPane().setStyle(Objects.requireNonNullElse(owner.getScene().getRoot().getStyle(), ""));
            }
        }
        alert.setTitle("SecPillar Workbench");
        alert.setHeaderText(header);
        return alert;
    }
}
