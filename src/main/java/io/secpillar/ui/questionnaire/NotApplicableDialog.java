package io.secpillar.ui.questionnaire;

import io.secpillar.questionnaire.InvalidAnswerException;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** Asks why a best practice does not apply: a reason, and a text that "Other" requires. */
final class NotApplicableDialog {

    private NotApplicableDialog() {
    }

    static Optional<NotApplicable> ask(Window owner, String practiceLabel, String title) {
        Dialog<NotApplicable> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Does not apply");
        dialog.setHeaderText(practiceLabel + " " + title + "\ndoes not apply to this workload because…");
        ComboBox<NotApplicableReason> reason = ReasonBoxes.reasonBox();
        reason.setId("practice-na-reason");
        TextField text = new TextField();
        text.setPromptText("Why (required for Other)");
        text.setId("practice-na-text");
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        VBox content = new VBox(8, reason, text, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(reason.valueProperty().isNull()
                .or(reason.valueProperty().isEqualTo(NotApplicableReason.OTHER).and(text.textProperty().isEmpty())));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            try {
                return new NotApplicable(reason.getValue(), text.getText());
            } catch (InvalidAnswerException e) {
                return null;
            }
        });
        return dialog.showAndWait();
    }
}
