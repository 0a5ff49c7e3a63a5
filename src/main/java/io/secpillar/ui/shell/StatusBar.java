package io.secpillar.ui.shell;

import io.secpillar.ui.common.AnswerSaver;
import io.secpillar.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.nio.file.Path;

/**
 * The bottom line: whether everything is saved (there is no Save button), the last thing that went wrong in the
 * background (until dismissed), who answers are stamped with, and where the data lives.
 */
final class StatusBar {

    private final HBox root = new HBox(10);
    private final Label state = new Label("All changes saved", Icons.of(MaterialDesignC.CONTENT_SAVE_CHECK_OUTLINE, 16));
    private final Hyperlink retry = new Hyperlink("Try again");
    private final Label problem = new Label("", Icons.of(MaterialDesignA.ALERT_OUTLINE, 16));
    private final Hyperlink dismiss = new Hyperlink("Dismiss");
    private final Hyperlink reviewer = new Hyperlink();

    StatusBar(Path dataDir) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        state.setId("save-status");
        show(retry, false);
        problem.setId("background-problem");
        problem.getStyleClass().add("background-problem");
        problem.setMinWidth(0);
        dismiss.setId("dismiss-problem");
        showProblem("");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label where = new Label("Data: " + dataDir);
        where.getStyleClass().add("data-dir");
        Label version = new Label(ShellView.versionLine());
        version.getStyleClass().add("data-dir");
        reviewer.setId("reviewer-name");
        reviewer.setVisible(false);
        root.getChildren().addAll(state, retry, problem, dismiss, spacer, reviewer, where, version);
        // a long problem is cut short (its tooltip has it whole); everything else keeps its width
        for (Region keep : new Region[] {state, retry, dismiss, reviewer, where, version}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    HBox root() {
        return root;
    }

    /** Shows who is stamped on answers; clicking asks for another name. */
    void showReviewer(String name, Runnable change) {
        reviewer.setText("Reviewer: " + name);
        reviewer.setVisible(true);
        reviewer.setOnAction(e -> change.run());
    }

    void onRetry(Runnable action) {
        retry.setOnAction(e -> action.run());
    }

    void show(AnswerSaver.Status status) {
        state.setText(status.message());
        boolean failed = status.state() == AnswerSaver.State.FAILED;
        state.setGraphic(Icons.of(failed ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignC.CONTENT_SAVE_CHECK_OUTLINE, 16));
        state.getStyleClass().removeAll("failed", "saving");
        if (failed) {
            state.getStyleClass().add("failed");
        } else if (status.state() == AnswerSaver.State.SAVING) {
            state.getStyleClass().add("saving");
        }
        show(retry, failed);
    }

    /** The newest failure of background work (none when blank); the tooltip has it whole when the line is cut. */
    void showProblem(String message) {
        boolean shown = message != null && !message.isBlank();
        problem.setText(shown ? message : "");
        problem.setTooltip(shown ? new Tooltip(message) : null);
        show(problem, shown);
        show(dismiss, shown);
    }

    void onDismiss(Runnable action) {
        dismiss.setOnAction(e -> action.run());
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
