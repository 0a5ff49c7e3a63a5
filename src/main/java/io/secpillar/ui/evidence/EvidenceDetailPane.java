package io.secpillar.ui.evidence;

import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.TreeMap;

/** The raw evidence of the selected result: where, why, the observed values, the proof excerpt and the remedy. */
final class EvidenceDetailPane {

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    final Label title = new Label("Select a result to see its evidence.");
    final Label status = new Label();
    final Label where = new Label();
    final Label reason = new Label();
    final TextArea observed = area("observed");
    final TextArea proof = area("proof");
    final Label remediation = new Label();

    EvidenceDetailPane(EvidenceViewModel model) {
        title.setId("detail-title");
        title.getStyleClass().add("evidence-detail-title");
        title.setWrapText(true);
        status.setId("detail-status");
        where.setId("detail-where");
        where.setWrapText(true);
        reason.setId("detail-reason");
        reason.setWrapText(true);
        remediation.setId("detail-remediation");
        remediation.setWrapText(true);
        content.setPadding(new Insets(8));
        content.getChildren().addAll(title, status, where, reason, new Label("Observed"), observed,
                new Label("Proof (excerpt of the AWS response)"), proof, new Label("Remediation"), remediation);
        root.setFitToWidth(true);
        model.selectedResult.addListener((o, was, now) -> show(now));
    }

    ScrollPane root() {
        return root;
    }

    private void show(EvidenceResult r) {
        if (r == null) {
            title.setText("Select a result to see its evidence.");
            status.setText("");
            status.setGraphic(null);
            where.setText("");
            reason.setText("");
            observed.setText("");
            proof.setText("");
            remediation.setText("");
            return;
        }
        Finding f = r.finding();
        title.setText(r.check().title() + "  [" + f.checkId() + "]");
        status.setText(StatusIcons.word(f.status()) + " · severity " + r.check().severity().name().toLowerCase(java.util.Locale.ROOT)
                + (r.bestPractices().isEmpty() ? "" : " · " + String.join(", ", r.bestPractices())));
        status.setGraphic(StatusIcons.icon(f.status()));
        where.setText(f.resourceId() + "\naccount " + f.accountId() + " · region " + f.region());
        reason.setText(f.reason());
        observed.setText(lines(f.observed()));
        proof.setText(f.proof().isBlank() ? "(none recorded)" : f.proof());
        remediation.setText(r.check().remediation().isBlank() ? "(none recorded)" : r.check().remediation());
    }

    private static String lines(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        return sb.toString().strip();
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId("detail-" + id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.getStyleClass().add("evidence-raw");
        return a;
    }
}
