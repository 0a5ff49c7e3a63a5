package io.secpillar.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

import java.util.List;
import java.util.Optional;

/**
 * Dialogs in the application's one look (our icons, not the toolkit's stock ones), owned by the main window so they
 * stay on top of it. Their colours and text size come from the window's appearance, which styles every window.
 */
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

    /**
     * Asks before something that cannot be undone: Enter (the default) keeps everything, only the named button
     * destroys, and it is marked as dangerous.
     */
    public static boolean confirmDestructive(Window owner, String header, String message, String confirmLabel) {
        ButtonType destroy = new ButtonType(confirmLabel, ButtonType.OK.getButtonData());
        ButtonType keep = new ButtonType("Keep it", ButtonType.CANCEL.getButtonData());
        Alert alert = styled(new Alert(Alert.AlertType.WARNING, message, destroy, keep), owner, header);
        Button destroyButton = (Button) alert.getDialogPane().lookupButton(destroy);
        destroyButton.setDefaultButton(false);
        destroyButton.getStyleClass().add("danger");
        destroyButton.setId("confirm-destroy");
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == destroy;
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

    /** Our look for a dialog made elsewhere (our icon instead of the stock one). */
    public static <D extends Dialog<?>> D plain(D dialog) {
        dialog.setGraphic(icon(Alert.AlertType.CONFIRMATION));
        return dialog;
    }

    /**
     * For dialogs that are windows of their own: Esc closes them, and once shown they are no larger than nine tenths
     * of the screen they open on (a 1280×720 projector included).
     */
    public static void fitAndClose(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> fitToScreen(stage));
    }

    /** A dialog that is no larger than nine tenths of the screen it opens on, once shown. */
    public static void fitToScreen(Dialog<?> dialog) {
        dialog.setOnShown(e -> fitToScreen((Stage) dialog.getDialogPane().getScene().getWindow()));
    }

    static void fitToScreen(Stage stage) {
        javafx.geometry.Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(stage.getWidth(), screen.getWidth() * 0.9);
        double height = Math.min(stage.getHeight(), screen.getHeight() * 0.9);
        if (width < stage.getWidth() || height < stage.getHeight()) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Alert styled(Alert alert, Window owner, String header) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("SecPillar Workbench");
        alert.setHeaderText(header);
        alert.setGraphic(icon(alert.getAlertType()));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert;
    }

    private static Node icon(Alert.AlertType type) {
        Node icon = switch (type) {
            case ERROR -> Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 36);
            case WARNING -> Icons.of(MaterialDesignA.ALERT_OUTLINE, 36);
            case INFORMATION -> Icons.of(MaterialDesignI.INFORMATION_OUTLINE, 36);
            default -> Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE, 36);
        };
        icon.getStyleClass().addAll("dialog-icon", "dialog-icon-" + type.name().toLowerCase(java.util.Locale.ROOT));
        return icon;
    }
}
