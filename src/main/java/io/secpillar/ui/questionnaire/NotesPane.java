package io.secpillar.ui.questionnaire;

import io.secpillar.questionnaire.Answer;
import javafx.animation.PauseTransition;
import io.secpillar.ui.common.TextAreas;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The reviewer's notes for the question. Saved half a second after typing stops, when the field loses
 * focus, and before the question changes, always for the question they were typed on.
 */
final class NotesPane {

    private final ReviewViewModel model;
    private final VBox root = new VBox(6);
    private final TextArea area = new TextArea();
    private final Label counter = new Label();
    private final PauseTransition typing = new PauseTransition(Duration.millis(500));
    private String questionId = "";
    private boolean dirty;
    private boolean updating;

    NotesPane(ReviewViewModel model) {
        this.model = model;
        root.getStyleClass().add("notes-pane");
        area.setId("notes");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText("What the client said, what was shown, follow-ups… (Ctrl+E; Tab or Esc leaves)");
        TextAreas.tabLeaves(area, false);
        area.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= Answer.MAX_NOTES ? change : null));
        counter.getStyleClass().add("section-hint");
        root.getChildren().addAll(ReviewLabels.sectionTitle("Notes", "Ctrl+E"), area, counter);
        typing.setOnFinished(e -> flush());
        area.textProperty().addListener((obs, was, now) -> {
            counter.setText(now.length() + " / " + Answer.MAX_NOTES);
            if (!updating) {
                dirty = true;
                typing.playFromStart();
            }
        });
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                flush();
            }
        });
    }

    VBox root() {
        return root;
    }

    /** Shows notes changed elsewhere (an undo) unless the reviewer is typing in the field. */
    void sync(String notes) {
        if (!dirty && !area.isFocused() && !area.getText().equals(notes)) {
            updating = true;
            try {
                area.setText(notes);
            } finally {
                updating = false;
            }
        }
    }

    void showQuestion(String id, String notes) {
        questionId = id;
        updating = true;
        try {
            area.setText(notes);
        } finally {
            updating = false;
        }
        dirty = false;
    }

    void flush() {
        typing.stop();
        if (dirty && !questionId.isEmpty()) {
            dirty = false;
            model.setNotes(questionId, area.getText());
        }
    }

    void focus() {
        area.requestFocus();
        area.positionCaret(area.getLength());
    }
}
