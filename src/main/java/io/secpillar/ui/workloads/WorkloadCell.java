package io.secpillar.ui.workloads;

import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadSummary;
import io.secpillar.ui.common.RiskChips;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A workload card: name, client and scope on the left; progress and risk counts on the right. */
final class WorkloadCell extends ListCell<WorkloadSummary> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final Label name = new Label();
    private final Label client = new Label();
    private final Label scope = new Label();
    private final Label answered = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final RiskChips chips = new RiskChips(true);
    private final HBox root;

    WorkloadCell() {
        name.getStyleClass().add("card-title");
        client.getStyleClass().add("card-subtitle");
        scope.getStyleClass().add("card-meta");
        VBox left = new VBox(3, name, client, scope);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMinWidth(0);
        left.setPrefWidth(0);
        answered.getStyleClass().add("card-progress");
        progress.setPrefWidth(120);
        VBox middle = new VBox(4, answered, progress);
        middle.setAlignment(Pos.CENTER_LEFT);
        root = new HBox(24, left, middle, chips);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("workload-card");
    }

    @Override
    protected void updateItem(WorkloadSummary s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        Workload w = s.workload();
        name.setText(w.name());
        client.setText((w.client().isBlank() ? "No client set" : w.client()) + " · " + w.environment().label());
        String accounts = w.accountIds().isEmpty() ? "no accounts" : w.accountIds().size() == 1 ? "1 account"
                : w.accountIds().size() + " accounts";
        String regions = w.regions().isEmpty() ? "no regions" : String.join(", ", w.regions());
        scope.setText(accounts + " · " + regions + " · updated " + WHEN.format(w.updatedAt()));
        answered.setText(s.answered() + " of " + s.questions() + " answered");
        progress.setProgress(s.questions() == 0 ? 0 : (double) s.answered() / s.questions());
        chips.show(s.counts());
        setId("workload-" + w.id());
        setGraphic(root);
    }
}
