package io.secpillar.ui.questionnaire;

import io.secpillar.questionnaire.NotApplicableReason;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The reason picker, in the Well-Architected Tool's words. */
final class ReasonBoxes {

    private ReasonBoxes() {
    }

    static ComboBox<NotApplicableReason> reasonBox() {
        ComboBox<NotApplicableReason> box = new ComboBox<>();
        box.getItems().setAll(NotApplicableReason.values());
        box.setPromptText("Choose a reason");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NotApplicableReason reason) {
                return reason == null ? "" : reason.label();
            }

            @Override
            public NotApplicableReason fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
