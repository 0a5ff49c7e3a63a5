package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Question;
import io.secpillar.pillar.QuestionGuidance;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.Workshop;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.Optional;

/**
 * The question's description and workshop tip, which fold away so the best practices stay in view. The reviewer's
 * choice (Ctrl+I) is kept between sessions; until one is made they are shown only while they leave the practices
 * room: folded on a small screen or at a large zoom, open on a large one.
 */
final class QuestionIntro {

    /** The share of the question pane the question and its intro may take before the practices start. */
    static final double ROOM = 0.6;

    private final Workshop workshop;
    private final VBox root = new VBox(8);
    private final VBox content = new VBox(8);
    private final Button toggle = new Button();
    private boolean autoShown = true;

    QuestionIntro(Workshop workshop) {
        this.workshop = workshop;
        toggle.setId("question-intro-toggle");
        toggle.getStyleClass().addAll("flat", "intro-toggle");
        toggle.setContentDisplay(ContentDisplay.LEFT);
        toggle.setOnAction(e -> toggle());
        content.setId("question-intro");
        root.getChildren().addAll(toggle, content);
        workshop.introShownProperty().addListener((o, was, now) -> show());
    }

    VBox root() {
        return root;
    }

    void showQuestion(Question q, Optional<QuestionGuidance> guidance) {
        content.getChildren().clear();
        if (!q.description().isBlank()) {
            content.getChildren().add(ReviewLabels.wrapped(q.description(), "question-description"));
        }
        guidance.map(QuestionGuidance::workshopTip).filter(t -> !t.isBlank()).ifPresent(tip -> {
            Label tipLabel = ReviewLabels.wrapped(tip, "workshop-tip-text");
            HBox box = new HBox(10, Icons.of(MaterialDesignL.LIGHTBULB_ON_OUTLINE, 20), tipLabel);
            box.getStyleClass().add("workshop-tip");
            content.getChildren().add(box);
        });
        root.setVisible(!content.getChildren().isEmpty());
        root.setManaged(!content.getChildren().isEmpty());
        show();
    }

    /** Ctrl+I: shows or folds the description and tip, and remembers that choice. */
    void toggle() {
        workshop.introShownProperty().set(Optional.of(!shown()));
    }

    boolean shown() {
        return workshop.introShownProperty().get().orElse(autoShown);
    }

    /**
     * Without a choice of the reviewer's: open only if the question, its intro and the practices' title fit in
     * {@link #ROOM} of the pane's height, so at least the first practices show below.
     */
    void fit(double paneHeight, double width, double aboveIntro, double belowIntro) {
        if (paneHeight <= 0 || width <= 0) {
            return;
        }
        double needed = aboveIntro + content.prefHeight(width) + belowIntro;
        boolean fits = needed <= paneHeight * ROOM;
        if (fits != autoShown) {
            autoShown = fits;
            show();
        }
    }

    private void show() {
        boolean open = shown();
        content.setVisible(open);
        content.setManaged(open);
        toggle.setText(open ? "Hide the description and tip (Ctrl+I)" : "Description and workshop tip (Ctrl+I)");
        toggle.setGraphic(Icons.of(open ? MaterialDesignC.CHEVRON_UP : MaterialDesignC.CHEVRON_DOWN, 16));
    }
}
