package io.secpillar.ui.watool;

import io.secpillar.watool.WaWorkloadSummary;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.LongConsumer;

/**
 * "Pull from the AWS WA Tool…": lists the workloads a profile sees and imports one as a new workbench workload.
 * Enter lists (or, with a workload chosen, imports); Esc closes.
 */
public final class WaPullDialog {

    private final WaPullViewModel model;
    private final LongConsumer opened;
    private final Stage stage = new Stage();
    private final ComboBox<String> profile;
    private final TextField region;
    private final ListView<WaWorkloadSummary> workloads = new ListView<>();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button list = new Button("List workloads");
    private final Button importButton = new Button("Import");
    private final Button close = new Button("Close");

    /** @param opened called with the new workbench workload's id after an import (the window opens it) */
    public WaPullDialog(WaPullViewModel model, Window owner, LongConsumer opened) {
        this.model = model;
        this.opened = opened;
        this.profile = WaToolForm.profileBox(model.profiles(), model.profile);
        this.region = WaToolForm.regionField(model.region);
        stage.initOwner(owner);
        stage.setTitle("Pull a review from the AWS Well-Architected Tool");
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
        workloads.setId("wa-workloads");
        workloads.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WaWorkloadSummary w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.name() + "   (" + w.id() + "; " + String.join(", ", w.lenses())
                        + ")");
            }
        });
        message.setId("wa-message");
        message.setWrapText(true);
        list.setId("wa-list");
        importButton.setId("wa-import");
        close.setCancelButton(true);
        progress.setMaxWidth(Double.MAX_VALUE);
    }

    private void layoutParts() {
        Label note = new Label(WaPullViewModel.allowed() + " The workload becomes a new workbench workload;"
                + " nothing in the WA Tool changes.");
        note.setWrapText(true);
        HBox buttons = new HBox(10, progress, list, importButton, close);
        HBox.setHgrow(progress, Priority.ALWAYS);
        VBox root = new VBox(10, note, WaToolForm.grid(profile, region), workloads, message, buttons);
        VBox.setVgrow(workloads, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 680, 520);
        WaToolForm.keys(stage, scene, stage::close, this::enter);
        stage.setScene(scene);
    }

    private void bindToModel() {
        message.textProperty().bind(model.message);
        progress.progressProperty().bind(model.progress);
        workloads.setItems(model.workloads);
        list.disableProperty().bind(model.running);
        importButton.disableProperty().bind(model.running.or(workloads.getSelectionModel().selectedItemProperty()
                .isNull()));
        list.setOnAction(e -> model.list());
        importButton.setOnAction(e -> importChosen());
        close.setOnAction(e -> stage.close());
    }

    private void enter() {
        if (workloads.getSelectionModel().getSelectedItem() != null) {
            importChosen();
        } else {
            model.list();
        }
    }

    private void importChosen() {
        model.importWorkload(workloads.getSelectionModel().getSelectedItem(), opened);
    }
}
