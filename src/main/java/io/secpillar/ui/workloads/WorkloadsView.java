package io.secpillar.ui.workloads;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadSummary;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The list of workloads with search, and create, edit, delete, open, demo and custom lens actions. */
public final class WorkloadsView {

    private final Services services;
    private final LongConsumer openReview;
    private final WorkloadsViewModel model = new WorkloadsViewModel();
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final ListView<WorkloadSummary> list = new ListView<>();
    private final Button create = new Button("New workload", Icons.of(MaterialDesignP.PLUS));
    private final Button demo = new Button("Open demo", Icons.of(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
    private final Button lens = new Button("Add custom lens…", Icons.of(MaterialDesignF.FILE_IMPORT_OUTLINE));
    private final Button open = new Button("Open review", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
    private final Button edit = new Button("Edit…", Icons.of(MaterialDesignP.PENCIL_OUTLINE));
    private final Button delete = new Button("Delete…", Icons.of(MaterialDesignD.DELETE_OUTLINE));

    public WorkloadsView(Services services, LongConsumer openReview) {
        this.services = services;
        this.openReview = openReview;
        initializeParts();
        layoutParts();
        bindToModel();
    }

    public BorderPane root() {
        return root;
    }

    private void initializeParts() {
        root.getStyleClass().add("workloads");
        search.setId("workload-search");
        search.setPromptText("Search workloads (Ctrl+F)");
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(320);
        list.setId("workload-list");
        list.getStyleClass().add("workload-list");
        list.setCellFactory(l -> new WorkloadCell());
        Label loading = new Label("Loading workloads…");
        loading.getStyleClass().add("empty-state");
        list.setPlaceholder(loading);
        create.setId("new-workload");
        create.getStyleClass().add("accent");
        demo.setId("open-demo");
        lens.setId("add-lens");
        open.setId("open-review");
        edit.setId("edit-workload");
        delete.setId("delete-workload");
        delete.getStyleClass().add("danger");
    }

    private void layoutParts() {
        Label title = new Label("Workloads");
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, search, create, demo, lens);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("page-header");
        HBox actions = new HBox(10, open, edit, delete);
        actions.getStyleClass().add("page-footer");
        root.setTop(top);
        root.setCenter(new VBox(list));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setBottom(actions);
    }

    private void bindToModel() {
        list.setItems(model.shown());
        model.searchProperty().bind(search.textProperty());
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(none);
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        create.setOnAction(e -> createWorkload());
        demo.setOnAction(e -> openDemo());
        lens.setOnAction(e -> new LensImport(services.lenses()).chooseAndImport(window()));
        open.setOnAction(e -> selected().ifPresent(w -> openReview.accept(w.id())));
        edit.setOnAction(e -> selected().ifPresent(this::editWorkload));
        delete.setOnAction(e -> selected().ifPresent(this::deleteWorkload));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selected().ifPresent(w -> openReview.accept(w.id()));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(w -> openReview.accept(w.id()));
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(this::deleteWorkload);
            }
        });
    }

    /** Reloads the list from the store (in the background). */
    public void reload() {
        Background.run("The workloads could not be read", () -> services.reviews().summaries(), summaries -> {
            Label empty = new Label("No workloads yet.\nCreate one with \"New workload\", or \"Open demo\" to see a complete review.");
            empty.getStyleClass().add("empty-state");
            list.setPlaceholder(empty);
            model.setAll(summaries);
            if (!summaries.isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            if (root.getScene() != null && !(root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                list.requestFocus();
            }
        }, e -> Dialogs.error(window(), "The workloads could not be read", e.getMessage()));
    }

    /** Page shortcuts: Ctrl+F search, Ctrl+N new workload. */
    public boolean handleKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
            createWorkload();
        } else {
            return false;
        }
        return true;
    }

    public void focusList() {
        list.requestFocus();
    }

    private void createWorkload() {
        Background.run("The lenses could not be read", () -> services.lenses().available(), lenses ->
                WorkloadDialog.show(window(), Optional.empty(), lenses).ifPresent(result ->
                        Background.run("The workload was not created", () -> services.reviews().create(result.draft(),
                                        result.lens().orElse(services.lenses().bundled())),
                                w -> openReview.accept(w.id()),
                                e -> Dialogs.error(window(), "The workload was not created", e.getMessage()))),
                e -> Dialogs.error(window(), "The lenses could not be read", e.getMessage()));
    }

    private void editWorkload(Workload workload) {
        WorkloadDialog.show(window(), Optional.of(workload), List.of()).ifPresent(result ->
                Background.run("The changes were not saved", () -> services.reviews().update(workload.id(), result.draft()), w -> reload(),
                        e -> Dialogs.error(window(), "The changes were not saved", e.getMessage())));
    }

    private void deleteWorkload(Workload workload) {
        Background.run("The workload could not be read", () -> services.reviews().deletionImpact(workload.id()), impact -> {
            if (Dialogs.confirm(window(), "Delete \"" + workload.name() + "\"?",
                    impact.describe() + "\nThis cannot be undone.", "Delete")) {
                Background.run("The workload was not deleted", () -> services.reviews().delete(workload.id()), done -> reload(),
                        e -> Dialogs.error(window(), "The workload was not deleted", e.getMessage()));
            }
        }, e -> Dialogs.error(window(), "The workload could not be read", e.getMessage()));
    }

    private void openDemo() {
        demo.setDisable(true);
        Background.run("The demo could not be opened", () -> services.demo().openOrCreate(), w -> {
            demo.setDisable(false);
            openReview.accept(w.id());
        }, e -> {
            demo.setDisable(false);
            Dialogs.error(window(), "The demo could not be opened", e.getMessage());
        });
    }

    private Optional<Workload> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(WorkloadSummary::workload);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
