package io.secpillar.ui.report;

import io.secpillar.ui.common.Dialogs;

import io.secpillar.report.pdf.ExportResult;
import io.secpillar.report.pdf.ReportExportException;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.pdf.ReportSections;
import io.secpillar.report.pdf.SectionRenderer;
import io.secpillar.report.signing.SigningKeyException;
import io.secpillar.ui.common.Background;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * "Export report…": the sections to include, a preview of the first pages, signing options, and the export
 * itself in the background with progress and Cancel. Open it from anywhere with the kit and the workload id.
 */
public final class ReportExportDialog {

    private final ReportExportViewModel model;
    private final Stage stage = new Stage();
    private final SigningOptionsPane signing;
    private final HBox previewPages = new HBox(10);
    private final ProgressIndicator previewBusy = new ProgressIndicator();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportButton = new Button("Export");
    private final Button cancelButton = new Button("Cancel");
    private Task<List<BufferedImage>> preview;
    private Task<ExportResult> export;

    public ReportExportDialog(ReportKit kit, long workloadId, String workloadName, Window owner) {
        this.model = new ReportExportViewModel(kit, workloadId);
        this.signing = new SigningOptionsPane(model, () -> stage);
        stage.initOwner(owner);
        if (owner != null) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export report: " + workloadName);
        stage.setScene(new Scene(layoutParts(), 1080, 760));
        Dialogs.fitAndClose(stage); // Esc closes; never larger than the screen (a 720-line projector)
        stage.setOnHidden(e -> cancelAll());
    }

    public ReportExportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        refreshPreview();
    }

    private BorderPane layoutParts() {
        VBox sections = new VBox(6);
        for (SectionRenderer s : ReportSections.ALL) {
            CheckBox box = new CheckBox(s.title());
            box.setId("section-" + s.id());
            box.selectedProperty().bindBidirectional(model.section(s.id()));
            box.selectedProperty().addListener((o, a, b) -> refreshPreview());
            sections.getChildren().add(box);
        }
        CheckBox mask = new CheckBox("Mask account ids and resource names (1111••••3333): a copy for a board or an "
                + "insurer; the pages and the data inside the PDF are masked alike");
        mask.setId("mask");
        mask.setWrapText(true);
        mask.selectedProperty().bindBidirectional(model.maskedProperty());
        mask.selectedProperty().addListener((o, a, b) -> refreshPreview());
        TextField output = new TextField();
        output.setId("output");
        output.setPromptText("report.pdf");
        output.textProperty().bindBidirectional(model.outputProperty());
        HBox.setHgrow(output, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> chooseOutput());
        Button branding = new Button("Branding…");
        branding.setId("branding");
        branding.setOnAction(e -> new BrandingSettingsDialog(model.kit(), stage, this::refreshPreview).show());

        VBox options = new VBox(10,
                heading("Sections"), wrapped("The cover, contents and signature page are always included."), sections,
                heading("Distribution"), mask,
                heading("Save as"), new HBox(6, output, browse),
                heading("Signature"), signing.root(),
                heading("Look"), branding);
        options.setPadding(new Insets(16));
        options.setPrefWidth(430);
        ScrollPane optionsScroll = new ScrollPane(options);
        optionsScroll.setFitToWidth(true);
        optionsScroll.setMinWidth(450);
        optionsScroll.setPrefViewportWidth(440);

        previewPages.setId("preview-pages");
        previewPages.setPadding(new Insets(12));
        previewPages.setAlignment(Pos.TOP_LEFT);
        previewBusy.setMaxSize(48, 48);
        ScrollPane previewScroll = new ScrollPane(previewPages);
        StackPane previewArea = new StackPane(previewScroll, previewBusy);
        VBox.setVgrow(previewArea, Priority.ALWAYS);
        VBox previewBox = new VBox(6, heading("Preview of the first pages"), previewArea);
        previewBox.setPadding(new Insets(16, 16, 16, 0));
        HBox.setHgrow(previewBox, Priority.ALWAYS);

        progress.setPrefWidth(220);
        progress.setVisible(false);
        status.setId("status");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        exportButton.setId("export");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> startExport());
        cancelButton.setId("cancel");
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> {
            if (export != null) {
                export.cancel();
            }
        });
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox bar = new HBox(10, progress, status, gap, cancelButton, exportButton, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 12, 16));

        BorderPane root = new BorderPane(new HBox(optionsScroll, previewBox), null, null, bar, null);
        HBox.setHgrow(optionsScroll, Priority.NEVER);
        return root;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        return label;
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the report as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.setInitialFileName("security-pillar-review.pdf");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.outputProperty().set(file.getAbsolutePath());
        }
    }

    /** Draws the first pages again in the background, dropping a preview still in progress. */
    void refreshPreview() {
        if (preview != null) {
            preview.cancel();
        }
        Task<List<BufferedImage>> task = model.previewTask();
        preview = task;
        previewBusy.setVisible(true);
        task.setOnSucceeded(e -> {
            previewBusy.setVisible(false);
            previewPages.getChildren().clear();
            for (BufferedImage page : task.getValue()) {
                ImageView view = new ImageView(FxImages.toFx(page));
                view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
                previewPages.getChildren().add(view);
            }
        });
        task.setOnFailed(e -> {
            previewBusy.setVisible(false);
            status.setText("Preview not available: " + task.getException().getMessage());
        });
        Background.start("The preview of the report could not be drawn", task);
    }

    private void startExport() {
        char[] password = signing.takePassword();
        var problem = model.problem(password);
        if (problem.isPresent()) {
            java.util.Arrays.fill(password, '\0');
            status.setText(problem.get());
            return;
        }
        export = model.exportTask(password);
        progress.progressProperty().bind(export.progressProperty());
        status.textProperty().bind(export.messageProperty());
        progress.setVisible(true);
        exportButton.setDisable(true);
        cancelButton.setDisable(false);
        export.stateProperty().addListener((o, a, state) -> finished(state));
        Background.start("The report was not exported", export);
    }

    private void finished(Worker.State state) {
        if (state != Worker.State.SUCCEEDED && state != Worker.State.FAILED && state != Worker.State.CANCELLED) {
            return;
        }
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        exportButton.setDisable(false);
        cancelButton.setDisable(true);
        if (state == Worker.State.SUCCEEDED) {
            ExportResult r = export.getValue();
            status.setText("Saved " + r.file() + " (" + r.pages() + " pages, " + (r.bytes() / 1024) + " KB)"
                    + r.signedWithFingerprint().map(f -> ", signed; certificate SHA-256 " + f).orElse(", not signed") + ".");
        } else if (state == Worker.State.CANCELLED) {
            status.setText("Export cancelled; no file was written.");
        } else {
            status.setText(describe(export.getException()));
        }
    }

    static String describe(Throwable t) {
        if (t instanceof SigningKeyException || t instanceof ReportExportException) {
            return t.getMessage();
        }
        if (t instanceof CancellationException) {
            return "Export cancelled; no file was written.";
        }
        return "The export failed: " + t.getMessage();
    }

    private void cancelAll() {
        if (preview != null) {
            preview.cancel();
        }
        if (export != null) {
            export.cancel();
        }
    }
}
