package io.secpillar.ui.common;

import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Map;

/**
 * The five risk counts of a review side by side (High, Medium, None, N/A, Open). A chip is never cut short: where
 * the row is too narrow (a projector, a large zoom) the chips wrap onto a second line instead.
 */
public final class RiskChips extends FlowPane {

    private final Map<QuestionRisk, Label> chips = new EnumMap<>(QuestionRisk.class);

    public RiskChips(boolean compact) {
        super(6, 6);
        getStyleClass().add("risk-chips");
        for (QuestionRisk risk : QuestionRisk.values()) {
            Label chip = new Label();
            chip.getStyleClass().addAll("risk-chip", RiskStyles.styleClass(risk));
            if (compact) {
                chip.getStyleClass().add("compact");
            }
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(risk.label()));
            chip.setId("count-" + risk.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            chips.put(risk, chip);
            getChildren().add(chip);
        }
        show(new RiskCounts(0, 0, 0, 0, 0));
    }

    /** One line of chips is what they would like; a FlowPane would otherwise ask for its wrap length. */
    @Override
    protected double computePrefWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset();
        for (javafx.scene.Node chip : getChildren()) {
            width += chip.prefWidth(-1);
        }
        return width + getHgap() * Math.max(0, getChildren().size() - 1);
    }

    public void show(RiskCounts counts) {
        chips.forEach((risk, chip) -> chip.setText(RiskStyles.shortLabel(risk) + "  " + counts.count(risk)));
    }
}
