package io.secpillar.ui.workloads;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.WorkloadDraft.Field;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.common.TextAreas;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Create or edit a workload. Each problem is shown under its own field, which is marked; OK stays disabled until
 * there are none. Typed through with the keyboard, Tab and Enter move from field to field (Ctrl+Enter starts a new
 * line in the description), and Enter in the open environment list only chooses the environment.
 */
final class WorkloadDialog {

    /** What the user asked for: the fields and, for a new workload, the lens to review it with. */
    record Result(WorkloadDraft draft, Optional<LoadedLens> lens) { }

    private final TextField name = field("name", "e.g. Claims Portal");
    private final TextField client = field("client", "e.g. Example Insurance AG");
    private final TextArea description = new TextArea();
    private final ComboBox<Environment> environment = new ComboBox<>();
    private final TextField accounts = field("accounts", "12-digit ids, separated by commas");
    private final TextField regions = field("regions", "e.g. eu-central-1, eu-west-1");
    private final TextField owner = field("owner", "Who owns the review");
    private final ComboBox<LoadedLens> lens = new ComboBox<>();
    private final Map<Field, Label> problems = new EnumMap<>(Field.class);
    private final Map<Field, Control> controls = new EnumMap<>(Field.class);

    private WorkloadDialog() {
        description.setId("description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.setPromptText("Tab or Enter moves on; Ctrl+Enter starts a new line");
        TextAreas.tabLeaves(description, true);
        environment.setId("environment");
        environment.getItems().setAll(Environment.values());
        environment.setConverter(converter(Environment::label));
        environment.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && environment.isShowing()) {
                environment.hide(); // the list's choice, not the whole form
                e.consume();
            }
        });
        lens.setId("lens");
        lens.setConverter(converter(l -> l.lens().name() + (l.origin() == LoadedLens.Origin.CUSTOM ? " (custom)" : "")));
        controls.putAll(Map.of(Field.NAME, name, Field.CLIENT, client, Field.DESCRIPTION, description,
                Field.ACCOUNTS, accounts, Field.REGIONS, regions, Field.OWNER, owner));
        for (Field f : Field.values()) {
            Label label = new Label();
            label.setId("problem-" + f.name().toLowerCase(java.util.Locale.ROOT));
            label.getStyleClass().add("field-problem");
            label.setWrapText(true);
            label.setVisible(false);
            label.setManaged(false);
            problems.put(f, label);
        }
    }

    static Optional<Result> show(Window owner, Optional<Workload> existing, List<LoadedLens> lenses) {
        return new WorkloadDialog().ask(owner, existing, lenses);
    }

    private Optional<Result> ask(Window window, Optional<Workload> existing, List<LoadedLens> lenses) {
        Dialog<Result> dialog = Dialogs.plain(new Dialog<>());
        dialog.initOwner(window);
        dialog.setTitle(existing.isPresent() ? "Edit workload" : "New workload");
        dialog.setHeaderText(existing.isPresent() ? "Edit " + existing.get().name() : "A workload is the system under review.");
        lens.getItems().setAll(lenses);
        lens.getSelectionModel().selectFirst();
        existing.ifPresentOrElse(w -> {
            name.setText(w.name());
            client.setText(w.client());
            description.setText(w.description());
            environment.setValue(w.environment());
            accounts.setText(String.join(", ", w.accountIds()));
            regions.setText(String.join(", ", w.regions()));
            owner.setText(w.reviewOwner());
        }, () -> environment.setValue(Environment.PRODUCTION));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 0, 0, 0));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPrefWidth(420);
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        int row = 0;
        grid.addRow(row++, new Label("Name"), withProblem(name, Field.NAME));
        grid.addRow(row++, new Label("Client"), withProblem(client, Field.CLIENT));
        grid.addRow(row++, new Label("Description"), withProblem(description, Field.DESCRIPTION));
        grid.addRow(row++, new Label("Environment"), environment);
        grid.addRow(row++, new Label("AWS accounts"), withProblem(accounts, Field.ACCOUNTS));
        grid.addRow(row++, new Label("Regions"), withProblem(regions, Field.REGIONS));
        grid.addRow(row++, new Label("Review owner"), withProblem(owner, Field.OWNER));
        if (existing.isEmpty()) {
            grid.addRow(row, new Label("Lens"), lens);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("workload-ok");
        for (var p : List.of(name.textProperty(), client.textProperty(), description.textProperty(),
                accounts.textProperty(), regions.textProperty(), owner.textProperty())) {
            p.addListener((obs, was, now) -> ok.setDisable(!validate()));
        }
        ok.setDisable(!validate());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Result(draft(), existing.isPresent() ? Optional.empty() : Optional.ofNullable(lens.getValue()))
                : null);
        Dialogs.fitToScreen(dialog);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    /** Shows each field's problems under it and marks the field; true when there are none. */
    private boolean validate() {
        Map<Field, String> found = draft().problemsByField().stream().collect(Collectors.groupingBy(
                WorkloadDraft.Problem::field, () -> new EnumMap<>(Field.class),
                Collectors.mapping(WorkloadDraft.Problem::message, Collectors.joining("\n"))));
        problems.forEach((field, label) -> {
            String text = found.getOrDefault(field, "");
            label.setText(text);
            label.setVisible(!text.isEmpty());
            label.setManaged(!text.isEmpty());
            controls.get(field).getStyleClass().remove("invalid");
            if (!text.isEmpty()) {
                controls.get(field).getStyleClass().add("invalid");
            }
        });
        return found.isEmpty();
    }

    private VBox withProblem(Control control, Field field) {
        return new VBox(3, control, problems.get(field));
    }

    private WorkloadDraft draft() {
        return new WorkloadDraft(name.getText(), client.getText(), description.getText(), environment.getValue(),
                WorkloadDraft.splitList(accounts.getText()), WorkloadDraft.splitList(regions.getText()), owner.getText());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : f.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
