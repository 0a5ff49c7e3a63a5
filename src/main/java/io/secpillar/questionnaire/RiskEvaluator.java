package io.secpillar.questionnaire;

import io.secpillar.pillar.LensRisk;
import io.secpillar.pillar.Question;
import io.secpillar.pillar.RiskRule;

import java.util.Optional;

/**
 * Derives a question's risk from its answer and the lens rules: the first rule whose condition holds wins.
 * A best practice marked "not applicable" counts as in place, so it never raises the risk.
 */
public final class RiskEvaluator {

    private RiskEvaluator() {
    }

    public static QuestionRisk riskOf(Question question, Optional<Answer> answer) {
        if (answer.isEmpty() || !answer.get().isAnswered()) {
            return QuestionRisk.UNANSWERED;
        }
        Answer a = answer.get();
        if (a.notApplicable().isPresent()) {
            return QuestionRisk.NOT_APPLICABLE;
        }
        for (RiskRule rule : question.riskRules()) {
            if (rule.condition().holds(id -> a.statusOf(id) != ChoiceStatus.UNSELECTED)) {
                return fromLens(rule.risk());
            }
        }
        // A validated lens always has a default rule; this is only reached for hand-built questions.
        return QuestionRisk.HIGH;
    }

    static QuestionRisk fromLens(LensRisk risk) {
        return switch (risk) {
            case HIGH_RISK -> QuestionRisk.HIGH;
            case MEDIUM_RISK -> QuestionRisk.MEDIUM;
            case NO_RISK -> QuestionRisk.NONE;
        };
    }
}
