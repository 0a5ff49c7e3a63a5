package io.secpillar.ui.evidence;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scan controls: profile picker (tick boxes), regions (typed, picked from the enabled ones, or "all"),
 * Test connection, Run, Cancel, and the progress bar with done/total per account and region.
 */
final class ScanBar {

    private final EvidenceViewModel model;
    private final VBox root = new VBox(6);
    final ListView<ProfileChoice> profiles = new ListView<>();
    final TextField regions = new TextField();
    final ComboBox<String> addRegion = new ComboBox<>();
    final Button allRegions = new Button("All enabled");
    final Button test = new Button("Test connection");
    final Button run = new Button("Run");
    final Button cancel = new Button("Cancel");
    final Label connection = new Label();
    final ProgressBar progress = new ProgressBar(0);
    final Label progressText = new Label();
    final Label progressDetail = new Label();
    final Label message = new Label();

    ScanBar(EvidenceViewModel model) {
        this.model = model;
        initializeParts();
        layoutParts();
        bindToModel();
    }

    VBox root() {
        return root;
    }

    private void initializeParts() {
        profiles.setId("profiles");
        profiles.setPrefHeight(96);
        Label noProfiles = new Label("No AWS profiles found.\nAdd one with \"aws configure\"\nor \"aws configure sso\".");
        noProfiles.setWrapText(true);
        noProfiles.setStyle("-fx-text-fill: #5b6476;");
        profiles.setPlaceholder(noProfiles);
        profiles.setCellFactory(CheckBoxListCell.forListView(ProfileChoice::selectedProperty));
        regions.setId("regions");
        regions.setPromptText("eu-central-1, eu-west-1  or  all");
        regions.setPrefColumnCount(28);
        addRegion.setId("add-region");
        addRegion.setPromptText("Add an enabled region");
        addRegion.setOnAction(e -> addRegion(addRegion.getValue()));
        allRegions.setOnAction(e -> model.regions.set("all"));
        allRegions.setTooltip(new Tooltip("Scan every region each account has enabled"));
        test.setId("test-connection");
        run.setId("run-scan");
        run.setDefaultButton(true);
        cancel.setId("cancel-scan");
        connection.setId("connection");
        connection.setWrapText(true);
        progress.setId("scan-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("progress-text");
        progressDetail.setId("progress-detail");
        progressDetail.getStyleClass().add("evidence-progress-detail");
        message.setId("scan-message");
        message.setWrapText(true);
        message.getStyleClass().add("evidence-message");
    }

    private void layoutParts() {
        HBox regionRow = new HBox(6, new Label("Regions"), regions, addRegion, allRegions);
        regionRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, test, run, cancel);
        VBox right = new VBox(6, regionRow, buttons, connection);
        HBox top = new HBox(12, new VBox(4, new Label("AWS profiles"), profiles), right);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox progressRow = new HBox(8, progress, progressText);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, progressRow, progressDetail, message);
        root.setPadding(new Insets(8));
    }

    private void bindToModel() {
        profiles.setItems(model.profiles);
        regions.textProperty().bindBidirectional(model.regions);
        addRegion.setItems(model.enabledRegions);
        test.setOnAction(e -> model.testConnection());
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
        test.disableProperty().bind(model.busy);
        run.disableProperty().bind(model.busy);
        cancel.disableProperty().bind(model.running.not());
        connection.textProperty().bind(model.connection);
        progress.progressProperty().bind(model.progress);
        progressText.textProperty().bind(model.progressText);
        progressDetail.textProperty().bind(model.progressDetail);
        message.textProperty().bind(model.message);
    }

    private void addRegion(String region) {
        if (region == null || region.isBlank()) {
            return;
        }
        String now = model.regions.get() == null ? "" : model.regions.get().strip();
        if (now.equalsIgnoreCase("all") || now.isEmpty()) {
            model.regions.set(region);
        } else if (!java.util.List.of(now.split("[,\\s]+")).contains(region)) {
            model.regions.set(now + ", " + region);
        }
    }
}
