package io.secpillar.ui.watool;

import io.secpillar.watool.LensMode;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Push to the AWS WA Tool…": shows what the push may send and the IAM policy before anything is sent, then pushes
 * in the background with progress. Enter pushes, Esc cancels a running push or closes.
 */
public final class WaPushDialog {

    private final WaPushViewModel model;
    private final Stage stage = new Stage();
    private final ComboBox<String> profile;
    private final TextField region;
    private final ChoiceBox<LensMode> mode = new ChoiceBox<>();
    private final TextField milestone = new TextField();
    private final TextArea preview = new TextArea();
    private final TextArea log = new TextArea();
    private final Label outcome = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button push = new Button("Push");
    private final Button close = new Button("Close");

    public WaPushDialog(WaPushViewModel model, Window owner) {
        this.model = model;
        this.profile = WaToolForm.profileBox(model.profiles(), model.profile);
        this.region = WaToolForm.regionField(model.region);
        stage.initOwner(owner);
        stage.setTitle("Push \"" + model.workloadName() + "\" to the AWS Well-Architected Tool");
        initializeParts();
        layoutParts();
        bindToModel();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        profile.requestFocus();
    }

    private void initializeParts() {
        mode.getItems().setAll(LensMode.values());
        mode.setId("wa-lens");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(LensMode m) {
                return m == null ? "" : m.word() + ": " + m.description();
            }

            @Override
            public LensMode fromString(String s) {
                return LensMode.parse(s);
            }
        });
        milestone.setId("wa-milestone");
        milestone.setPromptText("optional: save a milestone afterwards");
        preview.setId("wa-preview");
        preview.setEditable(false);
        log.setId("wa-log");
        log.setEditable(false);
        log.setPrefRowCount(6);
        outcome.setId("wa-outcome");
        outcome.setWrapText(true);
        push.setId("wa-push");
        push.setDefaultButton(true);
        close.setCancelButton(true);
        progress.setMaxWidth(Double.MAX_VALUE);
    }

    private void layoutParts() {
        GridPane grid = WaToolForm.grid(profile, region);
        grid.addRow(2, new Label("Write into"), mode);
        grid.addRow(3, new Label("Milestone"), milestone);
        Label warning = new Label("This writes to the client's AWS account, with a client of its own that may send"
                + " only the operations below. The evidence scan stays read-only.");
        warning.setWrapText(true);
        HBox buttons = new HBox(10, progress, push, close);
        HBox.setHgrow(progress, Priority.ALWAYS);
        VBox root = new VBox(10, warning, grid, preview, log, outcome, buttons);
        VBox.setVgrow(preview, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 760, 680);
        WaToolForm.keys(stage, scene, this::escape, model::push);
        stage.setScene(scene);
    }

    private void bindToModel() {
        mode.setValue(model.mode.get());
        model.mode.bind(mode.valueProperty());
        model.milestone.bind(milestone.textProperty());
        preview.textProperty().bind(model.preview);
        log.textProperty().bind(model.log);
        outcome.textProperty().bind(model.outcome);
        push.disableProperty().bind(model.running);
        push.setOnAction(e -> model.push());
        close.setOnAction(e -> escape());
        model.taskProperty().addListener((o, was, task) -> {
            progress.progressProperty().unbind();
            progress.progressProperty().bind(task.progressProperty());
        });
    }

    private void escape() {
        if (model.running.get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }
}
