package io.secpillar.report;

import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;

import java.util.Optional;

/**
 * One best practice of a question as answered: its label (SEC03-BP02), title, the risk level it carries,
 * whether the reviewers selected it, and why it does not apply where they said so.
 */
public record PracticeLine(String label, String title, PracticeLevel level, ChoiceStatus status,
                           Optional<String> notApplicableReason, EvidenceTally evidence) {

    /** The words the report uses for a practice's status. */
    public String statusLabel() {
        return switch (status) {
            case SELECTED -> "In place";
            case UNSELECTED -> "Not in place";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }
}
