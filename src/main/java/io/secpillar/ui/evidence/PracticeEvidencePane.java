package io.secpillar.ui.evidence;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * The evidence beside one best practice in the question pane: status counts with icons, the failing (then
 * unassessable) resources first, the suggestion, and Accept / Override. The pane changes nothing by itself:
 * the buttons call back, and the question pane saves the answer and records the decision.
 */
public final class PracticeEvidencePane extends VBox {

    static final int SHOWN_RESOURCES = 5;

    private final Button accept = new Button("Accept");
    private final Button override = new Button("Override");
    private final Label decision = new Label();

    public PracticeEvidencePane(PracticeEvidence evidence, Optional<EvidenceDecision> current,
                                Runnable onAccept, Runnable onOverride) {
        getStyleClass().add("practice-evidence");
        getStylesheets().add(java.util.Objects.requireNonNull(PracticeEvidencePane.class.getResource("evidence.css"))
                .toExternalForm());
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        Label suggestion = new Label(evidence.suggestion());
        suggestion.setWrapText(true);
        suggestion.getStyleClass().add("practice-evidence-suggestion");
        suggestion.setId("suggestion");
        getChildren().addAll(counts(evidence), suggestion);
        getChildren().addAll(resourceLines(evidence.results()));
        if (evidence.hasEvidence()) {
            getChildren().add(buttons(evidence, onAccept, onOverride));
        }
        showDecision(current);
    }

    /** Shows the decision just recorded, so the row tells at once where its answer came from. */
    public void showDecision(Optional<EvidenceDecision> current) {
        decision.setText(current.map(EvidenceDecision::label).orElse(""));
        decision.setVisible(current.isPresent());
    }

    private static HBox counts(PracticeEvidence e) {
        HBox row = new HBox(10);
        row.getChildren().addAll(count(Status.PASS, e.passed()), count(Status.FAIL, e.failed()),
                count(Status.COULD_NOT_ASSESS, e.couldNotAssess()));
        if (e.notApplicable() > 0) {
            row.getChildren().add(count(Status.NOT_APPLICABLE, e.notApplicable()));
        }
        Label run = new Label("run " + e.runId());
        run.getStyleClass().add("practice-evidence-run");
        row.getChildren().add(run);
        return row;
    }

    private static Label count(Status status, int n) {
        Label label = new Label(String.valueOf(n), StatusIcons.icon(status));
        label.setId("count-" + status.name().toLowerCase(java.util.Locale.ROOT));
        label.setTooltip(new Tooltip(StatusIcons.word(status)));
        return label;
    }

    private static List<Region> resourceLines(List<EvidenceResult> results) {
        List<EvidenceResult> notPassing = results.stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.COULD_NOT_ASSESS).toList();
        List<Region> lines = new java.util.ArrayList<>();
        notPassing.stream().limit(SHOWN_RESOURCES).forEach(r -> {
            Finding f = r.finding();
            Label line = new Label(f.resourceId() + " (" + f.accountId() + ", " + f.region() + "): " + f.reason(),
                    StatusIcons.icon(r.status()));
            line.setWrapText(true);
            line.getStyleClass().add("practice-evidence-resource");
            lines.add(line);
        });
        if (notPassing.size() > SHOWN_RESOURCES) {
            lines.add(new Label("and " + (notPassing.size() - SHOWN_RESOURCES) + " more in the Evidence view"));
        }
        return lines;
    }

    private HBox buttons(PracticeEvidence evidence, Runnable onAccept, Runnable onOverride) {
        accept.setId("accept-evidence");
        override.setId("override-evidence");
        accept.setDisable(evidence.suggestsInPlace().isEmpty());
        accept.setTooltip(new Tooltip(evidence.suggestsInPlace().map(inPlace -> inPlace
                ? "Tick this practice and note that the answer came from run " + evidence.runId()
                : "Untick this practice and note that the answer came from run " + evidence.runId())
                .orElse("The evidence is not clear enough to take an answer from it")));
        override.setTooltip(new Tooltip("Keep your own answer and note that you decided against the evidence"));
        accept.setOnAction(e -> onAccept.run());
        override.setOnAction(e -> onOverride.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        decision.setId("evidence-decision");
        return new HBox(8, decision, spacer, accept, override);
    }
}
