package io.secpillar.ui.evidence;

import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Status;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;

/** The stored run picker, the filter row (status, service, account, region, best practice, search) and the table. */
final class ResultsTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final EvidenceViewModel model;
    private final VBox root = new VBox(6);
    final ComboBox<EvidenceRunInfo> runs = new ComboBox<>();
    final ComboBox<String> status = filterBox("status-filter", "All statuses");
    final ComboBox<String> service = filterBox("service-filter", "All services");
    final ComboBox<String> account = filterBox("account-filter", "All accounts");
    final ComboBox<String> region = filterBox("region-filter", "All regions");
    final ComboBox<String> practice = filterBox("practice-filter", "All practices");
    final TextField search = new TextField();
    final Label count = new Label();
    final Label runNote = new Label();
    final TableView<EvidenceResult> table = new TableView<>();
    private static final String EMS = "widthInLetters";

    ResultsTable(EvidenceViewModel model) {
        this.model = model;
        initializeParts();
        layoutParts();
        bindToModel();
    }

    VBox root() {
        return root;
    }

    private void initializeParts() {
        runs.setId("runs");
        runs.setPromptText("No stored runs yet");
        runs.setCellFactory(l -> new RunCell());
        runs.setButtonCell(new RunCell());
        search.setId("search");
        search.setPromptText("Search check, resource, reason…");
        count.setId("result-count");
        table.setId("results");
        table.setPlaceholder(new Label("No results to show"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EvidenceResult, String> st = column("Status", r -> r.status().name(), 7);
        st.setCellFactory(c -> new StatusCell());
        table.getColumns().add(st);
        table.getColumns().add(column("Check", r -> r.check().title(), 18));
        table.getColumns().add(column("Service", r -> r.check().service(), 6));
        TableColumn<EvidenceResult, String> accountColumn = column("Account", r -> r.finding().accountId(), 9.5);
        table.getColumns().add(accountColumn);
        table.getColumns().add(column("Region", r -> r.finding().region(), 8.5));
        table.getColumns().add(column("Resource", r -> r.finding().resourceId(), 20));
        table.getColumns().add(column("Practices", r -> String.join(", ", r.bestPractices()), 8));
        // widths in letters of the text size shown, so a zoom widens them too; an account id is never cut
        count.fontProperty().addListener((o, was, now) -> sizeColumns(now.getSize()));
        sizeColumns(count.getFont().getSize());
        status.setCellFactory(l -> new StatusWordCell("All statuses"));
        status.setButtonCell(new StatusWordCell("All statuses"));
    }

    /** Sets each column to its width in letters; the account column may not shrink below an account id. */
    private void sizeColumns(double fontPixels) {
        for (TableColumn<EvidenceResult, ?> c : table.getColumns()) {
            double ems = (double) c.getProperties().get(EMS);
            c.setPrefWidth(ems * fontPixels);
            if ("Account".equals(c.getText()) || "Status".equals(c.getText())) {
                c.setMinWidth(ems * fontPixels);
            }
        }
    }

    private void layoutParts() {
        HBox runRow = new HBox(8, new Label("Run"), runs, count, runNote);
        runRow.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(6, status, service, account, region, practice, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(runRow, filters, table);
        root.setPadding(new Insets(0, 8, 8, 8));
    }

    private void bindToModel() {
        runs.setItems(model.runs);
        runNote.setId("run-note");
        runNote.textProperty().bind(model.runNote);
        runs.valueProperty().bindBidirectional(model.selectedRun);
        status.getItems().setAll(Arrays.stream(Status.values()).map(Enum::name).toList());
        follow(model.services, service);
        follow(model.accounts, account);
        follow(model.resultRegions, region);
        follow(model.practices, practice);
        bind(status, model.filter.status);
        bind(service, model.filter.service);
        bind(account, model.filter.account);
        bind(region, model.filter.region);
        bind(practice, model.filter.practice);
        search.textProperty().bindBidirectional(model.filter.text);
        table.setItems(model.visibleResults);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedResult.set(now));
        model.visibleResults.addListener((ListChangeListener<EvidenceResult>) c -> updateCount());
        model.results.addListener((ListChangeListener<EvidenceResult>) c -> updateCount());
    }

    private void updateCount() {
        count.setText(model.visibleResults.size() + " of " + model.results.size() + " results");
    }

    /** The filter's choices are the values of the run shown, with "All …" (empty) first. */
    private static void follow(ObservableList<String> values, ComboBox<String> box) {
        values.addListener((ListChangeListener<String>) c -> box.getItems().setAll(values));
    }

    private static void bind(ComboBox<String> box, StringProperty filter) {
        box.valueProperty().addListener((o, was, now) -> filter.set(now == null ? "" : now));
        filter.addListener((o, was, now) -> box.setValue(now == null || now.isEmpty() ? null : now));
    }

    private static ComboBox<String> filterBox(String id, String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(prompt);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item);
            }
        });
        return box;
    }

    private static TableColumn<EvidenceResult, String> column(String title, Function<EvidenceResult, String> value, double ems) {
        TableColumn<EvidenceResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.getProperties().put(EMS, ems);
        c.setCellFactory(col -> new WholeTextCell());
        return c;
    }

    /** A cell that ends a long value (an ARN) in "…" and has the whole value in its tooltip. */
    private static final class WholeTextCell extends TableCell<EvidenceResult, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    /** The status filter says Passed / Failed as the table does, not the stored PASS / FAIL. */
    private static final class StatusWordCell extends ListCell<String> {
        private final String none;

        StatusWordCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.isEmpty() ? none : StatusIcons.word(Status.valueOf(item)));
        }
    }

    private static final class StatusCell extends TableCell<EvidenceResult, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                Status s = Status.valueOf(item);
                setText(StatusIcons.word(s));
                setGraphic(StatusIcons.icon(s));
            }
        }
    }

    private static final class RunCell extends ListCell<EvidenceRunInfo> {
        @Override
        protected void updateItem(EvidenceRunInfo run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : "Run " + run.id() + " · " + WHEN.format(run.startedAt()) + " · "
                    + run.state().name().toLowerCase(java.util.Locale.ROOT) + " · " + run.accountIds().size()
                    + " account(s), " + String.join(", ", run.regions()));
        }
    }
}
