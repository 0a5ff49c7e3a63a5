package io.secpillar.ui.common;

import io.secpillar.questionnaire.QuestionRisk;
import javafx.scene.control.Label;

import java.util.Locale;

/** Risk badges: one look for each outcome, the same everywhere in the window. */
public final class RiskStyles {

    private RiskStyles() {
    }

    public static Label badge(QuestionRisk risk) {
        Label label = new Label();
        apply(label, risk);
        return label;
    }

    public static void apply(Label label, QuestionRisk risk) {
        label.getStyleClass().removeIf(c -> c.startsWith("risk-"));
        label.getStyleClass().addAll("risk-badge", styleClass(risk));
        label.setText(shortLabel(risk));
    }

    public static String styleClass(QuestionRisk risk) {
        return "risk-" + risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String shortLabel(QuestionRisk risk) {
        return switch (risk) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case NONE -> "None";
            case NOT_APPLICABLE -> "N/A";
            case UNANSWERED -> "Open";
        };
    }
}
