package io.secpillar.ui.workloads;

import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadSummary;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.Shortcut;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
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

/** The list of workloads with search, and create, edit, delete, open, demo and custom lens actions. */
public final class WorkloadsView {

    private static final Shortcut SEARCH = Shortcut.ctrl(KeyCode.F, "Ctrl+F", "Search the workloads");
    private static final Shortcut NEW = Shortcut.ctrl(KeyCode.N, "Ctrl+N", "New workload");

    /** The keys {@link #handleKey} reads, as the help dialog lists them. */
    static final List<Shortcut> KEYS = List.of(SEARCH, NEW);

    private final WorkloadsViewModel model;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final ListView<WorkloadSummary> list = new ListView<>();
    private final VBox listPane = new VBox(list);
    private final Button create = new Button("New workload", Icons.of(MaterialDesignP.PLUS));
    private final Button demo = new Button("Open demo", Icons.of(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
    private final Button lens = new Button("Add custom lens…", Icons.of(MaterialDesignF.FILE_IMPORT_OUTLINE));
    private final Button open = new Button("Open review", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
    private final Button edit = new Button("Edit…", Icons.of(MaterialDesignP.PENCIL_OUTLINE));
    private final Button delete = new Button("Delete…", Icons.of(MaterialDesignD.DELETE_OUTLINE));

    public WorkloadsView(WorkloadsViewModel model) {
        this.model = model;
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
        root.setCenter(listPane);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setBottom(actions);
    }

    private void bindToModel() {
        list.setItems(model.shown());
        model.searchProperty().bind(search.textProperty());
        model.onError((header, message) -> Dialogs.error(window(), header, message));
        model.loadedProperty().addListener((o, was, now) -> {
            Label empty = new Label("No workloads yet.\nCreate one with \"New workload\", or \"Open demo\" to see a complete review.");
            empty.getStyleClass().add("empty-state");
            list.setPlaceholder(empty);
        });
        demo.disableProperty().bind(model.demoOpeningProperty());
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(none);
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        create.setOnAction(e -> createWorkload());
        demo.setOnAction(e -> model.openDemo());
        lens.setOnAction(e -> new LensImport(model).chooseAndImport(window()));
        open.setOnAction(e -> selected().ifPresent(model::open));
        edit.setOnAction(e -> selected().ifPresent(this::editWorkload));
        delete.setOnAction(e -> selected().ifPresent(this::deleteWorkload));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selected().ifPresent(model::open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(model::open);
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(this::deleteWorkload);
            }
        });
    }

    /** Reads the list again (in the background), keeps a selection and puts the focus on the list. */
    public void reload() {
        model.reload(() -> {
            if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            if (root.getScene() != null && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
                list.requestFocus();
            }
        });
    }

    /** Page shortcuts: Ctrl+F search, Ctrl+N new workload. */
    public boolean handleKey(KeyEvent e) {
        if (SEARCH.matches(e)) {
            search.requestFocus();
        } else if (NEW.matches(e)) {
            createWorkload();
        } else {
            return false;
        }
        return true;
    }

    public void focusList() {
        list.requestFocus();
    }

    /** Something in place of the list (the first start's welcome). */
    void showInstead(javafx.scene.Node node) {
        root.setCenter(node);
    }

    void showList() {
        if (root.getCenter() != listPane) {
            root.setCenter(listPane);
            list.requestFocus();
        }
    }

    void createWorkload() {
        model.lenses(lenses -> WorkloadDialog.show(window(), Optional.empty(), lenses)
                .ifPresent(result -> model.create(result.draft(), result.lens())));
    }

    private void editWorkload(Workload workload) {
        WorkloadDialog.show(window(), Optional.of(workload), List.of())
                .ifPresent(result -> model.update(workload, result.draft()));
    }

    private void deleteWorkload(Workload workload) {
        model.deletionImpact(workload, impact -> {
            if (Dialogs.confirmDestructive(window(), "Delete \"" + workload.name() + "\"?",
                    impact + "\nThis cannot be undone.", "Delete")) {
                model.delete(workload);
            }
        });
    }

    private Optional<Workload> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(WorkloadSummary::workload);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
