package io.secpillar.report;

import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;

import java.util.Optional;

/**
 * One best practice of a question as answered: its label (SEC03-BP02), title, the risk level it carries,
 * whether the reviewers selected it, and why it does not apply where they said so. In a question nobody answered
 * yet, {@code answered} is false and the status says so instead of claiming the practice is missing.
 */
public record PracticeLine(String label, String title, PracticeLevel level, ChoiceStatus status, boolean answered,
                           Optional<String> notApplicableReason, EvidenceTally evidence) {

    /** The words the report uses for a practice's status. */
    public String statusLabel() {
        if (!answered) {
            return "Not answered";
        }
        return switch (status) {
            case SELECTED -> "In place";
            case UNSELECTED -> "Not in place";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }
}
