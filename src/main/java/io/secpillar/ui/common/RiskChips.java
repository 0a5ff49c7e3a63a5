package io.secpillar.ui.common;

import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.EnumMap;
import java.util.Map;

/** The five risk counts of a review side by side (High, Medium, None, N/A, Open). */
public final class RiskChips extends HBox {

    private final Map<QuestionRisk, Label> chips = new EnumMap<>(QuestionRisk.class);

    public RiskChips(boolean compact) {
        super(6);
        getStyleClass().add("risk-chips");
        for (QuestionRisk risk : QuestionRisk.values()) {
            Label chip = new Label();
            chip.getStyleClass().addAll("risk-chip", RiskStyles.styleClass(risk));
            if (compact) {
                chip.getStyleClass().add("compact");
            }
            chip.setTooltip(new Tooltip(risk.label()));
            chip.setId("count-" + risk.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            chips.put(risk, chip);
            getChildren().add(chip);
        }
        show(new RiskCounts(0, 0, 0, 0, 0));
    }

    public void show(RiskCounts counts) {
        chips.forEach((risk, chip) -> chip.setText(RiskStyles.shortLabel(risk) + "  " + counts.count(risk)));
    }
}
