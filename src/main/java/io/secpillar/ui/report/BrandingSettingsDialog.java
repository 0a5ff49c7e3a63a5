package io.secpillar.ui.report;

import io.secpillar.ui.common.Dialogs;

import io.secpillar.report.Branding;
import io.secpillar.report.RgbColor;
import io.secpillar.report.pdf.LogoImage;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.ui.common.Background;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The report's branding: consultancy name, logo and two colours, saved in the app's settings. */
public final class BrandingSettingsDialog {

    private final ReportKit kit;
    private final Runnable saved;
    private final Stage stage = new Stage();
    private final TextField name = new TextField();
    private final TextField logo = new TextField();
    private final ColorPicker primary = new ColorPicker();
    private final ColorPicker accent = new ColorPicker();
    private final Label status = new Label();

    public BrandingSettingsDialog(ReportKit kit, Window owner, Runnable saved) {
        this.kit = kit;
        this.saved = saved;
        stage.initOwner(owner);
        if (owner != null) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Report branding");
        stage.setScene(new Scene(layoutParts(), 560, 300));
        Dialogs.fitAndClose(stage); // Esc closes; never larger than the screen (a 720-line projector)
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        Background.run("The report branding could not be read", () -> kit.branding().load(), this::fill,
                e -> status.setText("Cannot read the settings: " + e.getMessage()));
    }

    private VBox layoutParts() {
        name.setId("consultancy");
        name.setPromptText("e.g. Northwind Security Partners");
        logo.setId("logo");
        logo.setPromptText("PNG or JPEG, shown on the cover");
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> chooseLogo());
        GridPane grid = SigningOptionsPane.grid();
        grid.addRow(0, new Label("Consultancy"), name);
        grid.addRow(1, new Label("Logo"), new HBox(6, logo, browse));
        grid.addRow(2, new Label("Primary"), primary);
        grid.addRow(3, new Label("Accent"), accent);
        Button save = new Button("Save");
        save.setId("save-branding");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, status, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(14, new Label("Risk colours stay fixed (High red, Medium amber, None green) so clients read "
                + "every report the same way."), grid, buttons);
        ((Label) root.getChildren().get(0)).setWrapText(true);
        root.setPadding(new Insets(16));
        return root;
    }

    private void fill(Branding b) {
        name.setText(b.consultancyName().orElse(""));
        logo.setText(b.logoFile().map(Path::toString).orElse(""));
        primary.setValue(Color.web(b.primary().hex()));
        accent.setValue(Color.web(b.accent().hex()));
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            logo.setText(file.getAbsolutePath());
        }
    }

    private void save() {
        Optional<Path> logoPath = Optional.of(logo.getText().strip()).filter(s -> !s.isEmpty()).map(Path::of);
        Branding b = new Branding(Optional.of(name.getText()), logoPath, rgb(primary.getValue()), rgb(accent.getValue()));
        Background.run("The report branding was not saved", () -> {
            Optional<String> logoProblem = logoPath.flatMap(LogoImage::problem);
            if (logoProblem.isPresent()) {
                throw new IllegalArgumentException(logoProblem.get());
            }
            kit.branding().save(b);
            return b;
        }, x -> {
            stage.close();
            saved.run();
        }, e -> status.setText("Not saved: " + e.getMessage()));
    }

    static RgbColor rgb(Color c) {
        return new RgbColor((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
