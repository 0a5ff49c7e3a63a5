package io.secpillar.ui.questionnaire;

import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.InvalidAnswerException;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Optional;

/**
 * "Question does not apply to this workload" with its reason, as in the Well-Architected Tool. The mark is
 * saved once a reason is chosen (and, for "Other", a text typed); until then the pane asks for it.
 */
final class NotApplicablePane {

    private final ReviewViewModel model;
    private final VBox root = new VBox(8);
    private final CheckBox box = new CheckBox("Question does not apply to this workload");
    private final ComboBox<NotApplicableReason> reason = ReasonBoxes.reasonBox();
    private final TextField text = new TextField();
    private final HBox reasonRow;
    private final PauseTransition typing = new PauseTransition(Duration.millis(500));
    private boolean updating;

    NotApplicablePane(ReviewViewModel model) {
        this.model = model;
        root.getStyleClass().add("na-pane");
        box.setId("question-na");
        reason.setId("question-na-reason");
        text.setId("question-na-text");
        text.setPromptText("Why it does not apply (required for Other)");
        HBox.setHgrow(text, Priority.ALWAYS);
        reasonRow = new HBox(10, reason, text);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(ReviewLabels.sectionTitle("Does not apply", "Ctrl+D"), box, reasonRow);

        box.selectedProperty().addListener((obs, was, now) -> {
            if (!updating) {
                showReasonRow(now);
                if (!now) {
                    model.setNotApplicable(Optional.empty());
                } else if (reason.getValue() != null) {
                    save();
                }
            }
        });
        reason.valueProperty().addListener((obs, was, now) -> {
            if (!updating && now != null) {
                save();
                // the reason chosen, the words for it come next (the focus also scrolls the field into view)
                javafx.application.Platform.runLater(text::requestFocus);
            }
        });
        typing.setOnFinished(e -> save());
        text.textProperty().addListener((obs, was, now) -> {
            if (!updating && reason.getValue() != null) {
                typing.playFromStart();
            }
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now && typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                typing.stop();
                save();
            }
        });
    }

    VBox root() {
        return root;
    }

    /** A new question: forget any half-made choice from the previous one. */
    void showQuestion() {
        typing.stop();
        updating = true;
        try {
            reason.setValue(null);
            text.clear();
        } finally {
            updating = false;
        }
    }

    void refresh(Optional<Answer> answer) {
        Optional<NotApplicable> na = answer.flatMap(Answer::notApplicable);
        updating = true;
        try {
            if (na.isPresent()) {
                box.setSelected(true);
                reason.setValue(na.get().reason());
                if (!text.isFocused()) {
                    text.setText(na.get().text());
                }
            } else if (reason.getValue() == null || !box.isSelected()) {
                box.setSelected(false);
            }
        } finally {
            updating = false;
        }
        showReasonRow(box.isSelected());
    }

    void toggleFromKeyboard() {
        box.setSelected(!box.isSelected());
        if (box.isSelected()) {
            reason.requestFocus();
            reason.show();
        }
    }

    private void save() {
        if (!box.isSelected() || reason.getValue() == null) {
            return;
        }
        try {
            model.setNotApplicable(Optional.of(new NotApplicable(reason.getValue(), text.getText())));
        } catch (InvalidAnswerException e) {
            model.reportProblem(e.getMessage());
        }
    }

    private void showReasonRow(boolean show) {
        reasonRow.setVisible(show);
        reasonRow.setManaged(show);
    }
}
