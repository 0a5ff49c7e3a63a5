package io.secpillar.assessment.improvement;

import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeRef;
import io.secpillar.questionnaire.QuestionRisk;

import java.util.Optional;

/**
 * A line of the improvement plan: a best practice not in place (or one tracked before that is in place now), its
 * question and that question's risk, the tracking, and what the newest evidence says. {@code proposedDone}: every
 * check of the practice passes in the newest run while the item is still open, so the reviewer is asked to confirm.
 */
public record ImprovementItem(PracticeRef practice, String questionLabel, String questionTitle,
                              QuestionRisk questionRisk, ImprovementTracking tracking, boolean inPlace, boolean overdue,
                              boolean acceptanceExpired, Optional<PracticeEvidence> evidence, boolean proposedDone) {

    public ImprovementStatus status() {
        return tracking.status();
    }

    /** "Overdue", "Acceptance expired", "Proposed as done", or empty. */
    public String flag() {
        return overdue ? "Overdue" : acceptanceExpired ? "Acceptance expired" : proposedDone ? "Proposed as done" : "";
    }
}
