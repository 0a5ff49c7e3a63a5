package io.secpillar.ui.report;

import io.secpillar.ui.common.Dialogs;

import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningKeyException;
import io.secpillar.ui.common.Background;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.Arrays;
import java.util.Optional;

/**
 * Creates the workbench's self-signed signing certificate (RSA 3072 or EC P-256) protected by a password the
 * consultant chooses, and exports the certificate for the client.
 */
public final class SelfSignedCertificateDialog {

    private final ReportKit kit;
    private final Runnable created;
    private final Stage stage = new Stage();
    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final ChoiceBox<KeyType> type = new ChoiceBox<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label status = new Label();
    private boolean exists;

    public SelfSignedCertificateDialog(ReportKit kit, Window owner, Runnable created) {
        this.kit = kit;
        this.created = created;
        stage.initOwner(owner);
        if (owner != null) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Create a self-signed signing certificate");
        stage.setScene(new Scene(layoutParts(), 560, 330));
        Dialogs.fitAndClose(stage); // Esc closes; never larger than the screen (a 720-line projector)
    }

    public Stage stage() {
        return stage;
    }

    /** What the dialog reads off the FX thread before it is filled in. */
    private record Current(String reviewer, boolean certificateExists) { }

    public void show() {
        stage.show();
        Background.run("The signing certificate could not be read",
                () -> new Current(kit.reviewerName(), kit.selfSigned().exists()), v -> {
            if (name.getText().isBlank()) {
                name.setText(v.reviewer());
            }
            exists = v.certificateExists();
        }, e -> status.setText(e.getMessage()));
    }

    private VBox layoutParts() {
        name.setId("cert-name");
        organisation.setId("cert-organisation");
        type.getItems().addAll(KeyType.values());
        type.setValue(KeyType.RSA_3072);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(KeyType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public KeyType fromString(String s) {
                return KeyType.valueOf(s);
            }
        });
        password.setId("cert-password");
        repeat.setId("cert-repeat");
        GridPane grid = SigningOptionsPane.grid();
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Organisation"), organisation);
        grid.addRow(2, new Label("Key"), type);
        grid.addRow(3, new Label("Password"), password);
        grid.addRow(4, new Label("Repeat"), repeat);
        Button create = new Button("Create");
        create.setId("create-cert");
        create.setDefaultButton(true);
        create.setOnAction(e -> create());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> stage.close());
        status.setWrapText(true);
        HBox buttons = new HBox(8, create, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label about = new Label("The key stays in the data directory, protected by this password (never stored). "
                + "Send the client the exported certificate or its fingerprint so they can check your reports.");
        about.setWrapText(true);
        VBox root = new VBox(12, about, grid, status, buttons);
        root.setPadding(new Insets(16));
        return root;
    }

    private void create() {
        char[] first = password.getText().toCharArray();
        char[] second = repeat.getText().toCharArray();
        password.clear();
        repeat.clear();
        if (!Arrays.equals(first, second)) {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            status.setText("The two passwords differ.");
            return;
        }
        Arrays.fill(second, '\0');
        boolean replace = exists;
        if (replace && !confirmReplace()) {
            Arrays.fill(first, '\0');
            status.setText("Kept the existing certificate.");
            return;
        }
        status.setText("Creating the key…");
        Background.run("The signing certificate was not created", () -> {
            try {
                return kit.selfSigned().create(name.getText(), Optional.of(organisation.getText()), type.getValue(),
                        first, kit.clock().instant(), replace);
            } finally {
                Arrays.fill(first, '\0');
            }
        }, cert -> {
            stage.close();
            created.run();
        }, e -> status.setText(e instanceof SigningKeyException ? e.getMessage() : "Not created: " + e.getMessage()));
    }

    private boolean confirmReplace() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A signing certificate exists already. Reports signed "
                + "with it stay valid, but clients who compare fingerprints will need the new one. Replace it?",
                javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        ask.initOwner(stage);
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent();
    }

    /** Asks where to save the certificate (PEM or DER by extension) and writes it in the background. */
    public static void exportCertificate(ReportKit kit, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the signing certificate");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PEM certificate", "*.pem"),
                new FileChooser.ExtensionFilter("DER certificate", "*.cer"));
        chooser.setInitialFileName("report-signing-certificate.pem");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Background.run("The signing certificate was not exported", () -> {
            kit.selfSigned().exportCertificate(file.toPath());
            return file;
        }, f -> new Alert(Alert.AlertType.INFORMATION, "Saved the certificate to " + f).show(),
                e -> new Alert(Alert.AlertType.ERROR, e.getMessage()).show());
    }
}
