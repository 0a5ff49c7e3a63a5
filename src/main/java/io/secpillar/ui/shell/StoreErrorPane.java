package io.secpillar.ui.shell;

import io.secpillar.ui.common.Icons;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.nio.file.Path;

/** Shown instead of the workloads when the store cannot be opened: what happened, and that nothing was touched. */
final class StoreErrorPane {

    private final VBox root = new VBox(16);

    StoreErrorPane(String message, Path dataDir) {
        root.getStyleClass().add("store-error");
        root.setAlignment(Pos.CENTER);
        Label title = new Label("The workbench cannot open its data", Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 32));
        title.getStyleClass().add("page-title");
        Label text = new Label(message == null ? "Unknown error." : message);
        text.setId("store-error-message");
        text.setWrapText(true);
        text.setMaxWidth(720);
        Label hint = new Label("Data directory: " + dataDir + "\nStart the workbench with --data-dir DIR "
                + "(or set SECPILLAR_DATA_DIR) to use another one.");
        hint.setWrapText(true);
        hint.setMaxWidth(720);
        hint.getStyleClass().add("section-hint");
        Button quit = new Button("Quit");
        quit.setOnAction(e -> Platform.exit());
        root.getChildren().addAll(title, text, hint, quit);
    }

    VBox root() {
        return root;
    }
}
