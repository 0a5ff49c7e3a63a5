package io.secpillar.ui.firstrun;

import io.secpillar.storage.DataDirectoryChoice;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first screen of a workbench with no workload yet: open the demo review, start a workload, or import a
 * hand-over file a colleague sent; and where the data lives, with a way to keep it elsewhere from the next start.
 * Self-contained: the shell hands in what each choice does (see {@link Actions}) and shows {@link #root()}.
 * Keys: D demo, N new workload, I import, F change the data folder.
 */
public final class FirstRunView {

    /** What the shell does for each choice; an absent importer disables the import button. */
    public record Actions(Runnable openDemo, Runnable newWorkload, Optional<Consumer<Path>> importHandover) {
    }

    private final VBox root = new VBox(22);
    private final Label where = new Label();
    private final Label note = new Label();
    private final Button demo = big("Open the demo review", "A complete example review of a fictional insurer",
            MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE);
    private final Button create = big("Start a new workload", "Your client's workload, then its review",
            MaterialDesignP.PLUS_BOX_OUTLINE);
    private final Button importFile = big("Import a hand-over file…", "A review a colleague sent you (.secpillar)",
            MaterialDesignF.FILE_IMPORT_OUTLINE);
    private final Button change = new Button("Keep the data elsewhere…");
    private final Path dataDir;
    private final DataDirectoryChoice choice;

    public FirstRunView(Path dataDir, DataDirectoryChoice choice, Actions actions) {
        this.dataDir = dataDir;
        this.choice = choice;
        layoutParts();
        bind(actions);
    }

    public Parent root() {
        return root;
    }

    /** The single-key shortcuts of this screen; true when the key was used. */
    public boolean handleKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        Button target = e.getCode() == KeyCode.D ? demo : e.getCode() == KeyCode.N ? create
                : e.getCode() == KeyCode.I ? importFile : e.getCode() == KeyCode.F ? change : null;
        if (target == null || target.isDisabled()) {
            return false;
        }
        target.fire();
        return true;
    }

    public void focus() {
        demo.requestFocus();
    }

    private void layoutParts() {
        root.setId("first-run");
        root.getStyleClass().add("first-run");
        root.setAlignment(Pos.CENTER);
        Label title = new Label("Welcome to SecPillar Workbench");
        title.getStyleClass().add("first-run-title");
        Label intro = new Label("Nothing here yet. How would you like to start?");
        HBox choices = new HBox(18, demo, create, importFile);
        choices.setAlignment(Pos.CENTER);
        where.setId("first-run-data-dir");
        where.getStyleClass().add("data-dir");
        change.setId("change-data-dir");
        note.setId("first-run-note");
        note.setWrapText(true);
        note.setMaxWidth(640);
        HBox data = new HBox(12, where, change);
        data.setAlignment(Pos.CENTER);
        root.getChildren().addAll(title, intro, choices, data, note);
        where.setText("Your reviews are kept in " + dataDir);
        demo.setId("first-run-demo");
        create.setId("first-run-new");
        importFile.setId("first-run-import");
    }

    private void bind(Actions actions) {
        demo.setOnAction(e -> actions.openDemo().run());
        create.setOnAction(e -> actions.newWorkload().run());
        importFile.setDisable(actions.importHandover().isEmpty());
        actions.importHandover().ifPresent(importer -> importFile.setOnAction(e -> chooseHandover().ifPresent(importer)));
        if (actions.importHandover().isEmpty()) {
            importFile.setTooltip(new Tooltip("Hand-over files cannot be imported in this version yet"));
        }
        change.setOnAction(e -> chooseDataDir());
    }

    private Optional<Path> chooseHandover() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a hand-over file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SecPillar hand-over file", "*.secpillar"));
        return Optional.ofNullable(chooser.showOpenDialog(window())).map(File::toPath);
    }

    private void chooseDataDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Where should the workbench keep its data?");
        File picked = chooser.showDialog(window());
        if (picked != null) {
            moveTo(picked.toPath());
        }
    }

    /** Records the folder off the JavaFX thread (it is created and test-written), then says what happens next. */
    void moveTo(Path folder) {
        change.setDisable(true);
        Background.run("The data folder was not changed", () -> choice.choose(folder), chosen -> {
            change.setDisable(false);
            note.setText("From the next start the workbench keeps its data in " + chosen + ". The reviews in "
                    + dataDir + " stay where they are; copy the folder's contents over to take them along.");
        }, error -> {
            change.setDisable(false);
            note.setText(error.getMessage());
        });
    }

    /** The message under the buttons (for tests). */
    String note() {
        return note.getText();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Button big(String title, String detail, org.kordamp.ikonli.Ikon icon) {
        Label text = new Label(title + "\n" + detail);
        Button b = new Button(null, new VBox(8, iconNode(icon), text));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("first-run-choice");
        b.setPrefSize(240, 140);
        return b;
    }

    private static Node iconNode(org.kordamp.ikonli.Ikon icon) {
        return Icons.of(icon, 36);
    }
}
