package io.secpillar.ui.workloads;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.LoadedLens;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/** Create or edit a workload; OK stays disabled while a field is invalid, and the dialog says which. */
final class WorkloadDialog {

    /** What the user asked for: the fields and, for a new workload, the lens to review it with. */
    record Result(WorkloadDraft draft, Optional<LoadedLens> lens) { }

    private WorkloadDialog() {
    }

    static Optional<Result> show(Window owner, Optional<Workload> existing, List<LoadedLens> lenses) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setTitle(existing.isPresent() ? "Edit workload" : "New workload");
        dialog.setHeaderText(existing.isPresent() ? "Edit " + existing.get().name() : "A workload is the system under review.");

        TextField name = field("name", "e.g. Claims Portal");
        TextField client = field("client", "e.g. Example Insurance AG");
        TextArea description = new TextArea();
        description.setId("description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        ComboBox<Environment> environment = new ComboBox<>();
        environment.setId("environment");
        environment.getItems().setAll(Environment.values());
        environment.setConverter(converter(Environment::label));
        TextField accounts = field("accounts", "12-digit ids, separated by commas");
        TextField regions = field("regions", "e.g. eu-central-1, eu-west-1");
        TextField owner2 = field("owner", "Who owns the review");
        ComboBox<LoadedLens> lens = new ComboBox<>();
        lens.setId("lens");
        lens.getItems().setAll(lenses);
        lens.setConverter(converter(l -> l.lens().name() + (l.origin() == LoadedLens.Origin.CUSTOM ? " (custom)" : "")));
        lens.getSelectionModel().selectFirst();
        Label problems = new Label();
        problems.getStyleClass().add("problem");
        problems.setWrapText(true);
        problems.setId("workload-problems");

        existing.ifPresentOrElse(w -> {
            name.setText(w.name());
            client.setText(w.client());
            description.setText(w.description());
            environment.setValue(w.environment());
            accounts.setText(String.join(", ", w.accountIds()));
            regions.setText(String.join(", ", w.regions()));
            owner2.setText(w.reviewOwner());
        }, () -> environment.setValue(Environment.PRODUCTION));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 0, 0, 0));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(420));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Client"), client);
        grid.addRow(row++, new Label("Description"), description);
        grid.addRow(row++, new Label("Environment"), environment);
        grid.addRow(row++, new Label("AWS accounts"), accounts);
        grid.addRow(row++, new Label("Regions"), regions);
        grid.addRow(row++, new Label("Review owner"), owner2);
        if (existing.isEmpty()) {
            grid.addRow(row++, new Label("Lens"), lens);
        }
        grid.add(problems, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("workload-ok");

        Runnable validate = () -> {
            List<String> found = draft(name, client, description, environment, accounts, regions, owner2).problems();
            problems.setText(String.join("\n", found));
            ok.setDisable(!found.isEmpty());
        };
        for (var p : List.of(name.textProperty(), client.textProperty(), description.textProperty(),
                accounts.textProperty(), regions.textProperty(), owner2.textProperty())) {
            p.addListener((obs, was, now) -> validate.run());
        }
        validate.run();
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Result(draft(name, client, description, environment, accounts, regions, owner2),
                existing.isPresent() ? Optional.empty() : Optional.ofNullable(lens.getValue()))
                : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static WorkloadDraft draft(TextField name, TextField client, TextArea description,
                                       ComboBox<Environment> environment, TextField accounts, TextField regions,
                                       TextField owner) {
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
