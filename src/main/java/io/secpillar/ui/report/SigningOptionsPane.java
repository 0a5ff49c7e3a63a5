package io.secpillar.ui.report;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Supplier;

/** The signing part of the export dialog: how to sign, the keystore or self-signed certificate, the password. */
final class SigningOptionsPane {

    private final ReportExportViewModel model;
    private final Supplier<Window> owner;
    private final VBox root = new VBox(8);
    private final PasswordField password = new PasswordField();

    SigningOptionsPane(ReportExportViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        layoutParts();
    }

    Node root() {
        return root;
    }

    /** Takes the typed password out of the field, so it lives only as long as the export needs it. */
    char[] takePassword() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        return typed;
    }

    private void layoutParts() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(4);
        for (SigningChoice choice : SigningChoice.values()) {
            RadioButton radio = new RadioButton(choice.label());
            radio.setId("sign-" + choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            radio.setToggleGroup(group);
            radio.setUserData(choice);
            radio.setSelected(model.signingProperty().get() == choice);
            choices.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.signingProperty().set((SigningChoice) b.getUserData());
            }
        });

        TextField keystore = new TextField();
        keystore.setId("keystore");
        keystore.setPromptText("consultant.p12");
        keystore.textProperty().bindBidirectional(model.keystoreProperty());
        HBox.setHgrow(keystore, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> chooseKeystore());
        TextField alias = new TextField();
        alias.setId("alias");
        alias.setPromptText("only needed when the keystore holds several keys");
        alias.textProperty().bindBidirectional(model.aliasProperty());
        GridPane keystoreGrid = grid();
        keystoreGrid.addRow(0, new Label("Keystore"), new HBox(6, keystore, browse));
        keystoreGrid.addRow(1, new Label("Alias"), alias);
        keystoreGrid.visibleProperty().bind(model.signingProperty().isEqualTo(SigningChoice.KEYSTORE));
        keystoreGrid.managedProperty().bind(keystoreGrid.visibleProperty());

        Label summary = new Label();
        summary.setId("self-signed-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.selfSignedSummaryProperty());
        Button create = new Button("Create certificate…");
        create.setId("create-self-signed");
        create.setOnAction(e -> new SelfSignedCertificateDialog(model.kit(), owner.get(), model::refreshSelfSigned).show());
        Button export = new Button("Export certificate…");
        export.setId("export-certificate");
        export.disableProperty().bind(model.selfSignedExistsProperty().not());
        export.setOnAction(e -> SelfSignedCertificateDialog.exportCertificate(model.kit(), owner.get()));
        VBox selfSigned = new VBox(6, summary, new HBox(6, create, export));
        selfSigned.visibleProperty().bind(model.signingProperty().isEqualTo(SigningChoice.SELF_SIGNED));
        selfSigned.managedProperty().bind(selfSigned.visibleProperty());

        password.setId("password");
        password.setPromptText("asked for each export, never stored");
        TextField reason = new TextField();
        reason.textProperty().bindBidirectional(model.reasonProperty());
        TextField location = new TextField();
        location.setId("location");
        location.setPromptText("e.g. Zürich");
        location.textProperty().bindBidirectional(model.locationProperty());
        GridPane common = grid();
        common.addRow(0, new Label("Password"), password);
        common.addRow(1, new Label("Reason"), reason);
        common.addRow(2, new Label("Location"), location);
        common.visibleProperty().bind(model.signingProperty().isNotEqualTo(SigningChoice.NONE));
        common.managedProperty().bind(common.visibleProperty());

        root.getChildren().addAll(choices, keystoreGrid, selfSigned, common);
        root.setPadding(new Insets(0, 0, 0, 2));
    }

    private void chooseKeystore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the signing keystore");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PKCS#12 keystore", "*.p12", "*.pfx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            model.keystoreProperty().set(file.getAbsolutePath());
        }
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints(70);
        javafx.scene.layout.ColumnConstraints field = new javafx.scene.layout.ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field);
        return grid;
    }
}
