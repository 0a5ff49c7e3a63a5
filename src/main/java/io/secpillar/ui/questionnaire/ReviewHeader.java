package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.Workload;
import io.secpillar.questionnaire.RiskCounts;
import io.secpillar.ui.common.RiskChips;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The top of the review: the workload, the progress and the risk counts. It wraps onto more lines rather than cut
 * a count short, so "High 3" stays readable on a 1280×720 projector at the largest zoom.
 */
final class ReviewHeader {

    private final FlowPane root = new FlowPane(24, 8);
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final RiskChips chips = new RiskChips(false);

    ReviewHeader(Workload workload, String lensName) {
        Label name = new Label(workload.name());
        name.getStyleClass().add("workload-title");
        name.setId("workload-title");
        name.setMinWidth(Region.USE_PREF_SIZE);
        String client = workload.client().isBlank() ? "" : workload.client() + " · ";
        Label subtitle = new Label(client + workload.environment().label() + " · " + lensName);
        subtitle.getStyleClass().add("workload-subtitle");
        subtitle.setMinWidth(0); // words, not counts: it may end in "…", the tooltip has it whole
        subtitle.setTooltip(new javafx.scene.control.Tooltip(subtitle.getText()));
        VBox names = new VBox(2, name, subtitle);
        names.setMinWidth(0);
        progressText.setId("progress-text");
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        progress.getStyleClass().add("review-progress");
        VBox progressBox = new VBox(4, progressText, progress);
        progressBox.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(names, progressBox, chips);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("review-header");
    }

    FlowPane root() {
        return root;
    }

    /** The header's text font, which follows the zoom. */
    javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.text.Font> fontProperty() {
        return progressText.fontProperty();
    }

    /** The size of the text as drawn now (it follows the zoom). */
    double fontPixels() {
        return progressText.getFont().getSize();
    }

    void show(RiskCounts counts) {
        progressText.setText(counts.answered() + " of " + counts.total() + " answered");
        progress.setProgress(counts.total() == 0 ? 0 : (double) counts.answered() / counts.total());
        chips.show(counts);
    }
}
