package io.secpillar.ui.questionnaire;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/** The review's recurring bits of text: wrapped paragraphs, section titles with a key hint, key caps. */
final class ReviewLabels {

    private ReviewLabels() {
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    static Label sectionTitle(String title, String hint) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("section-hint");
            label.setGraphic(h);
            label.setContentDisplay(ContentDisplay.RIGHT);
            label.setGraphicTextGap(14);
        }
        return label;
    }

    static Label keyHint(String key) {
        Label label = new Label(key);
        label.getStyleClass().add("key-hint");
        return label;
    }
}
