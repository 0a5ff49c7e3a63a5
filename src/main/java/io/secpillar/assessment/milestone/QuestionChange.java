package io.secpillar.assessment.milestone;

import io.secpillar.questionnaire.QuestionRisk;

import java.util.List;

/**
 * How one question changed between two milestones: its risk before and after (and whether it went up or down),
 * best practices added and dropped (labels), and whether notes or applicability changed.
 */
public record QuestionChange(String questionId, String label, String title, QuestionRisk riskBefore,
                             QuestionRisk riskAfter, Move move, List<String> practicesAdded, List<String> practicesDropped,
                             boolean notesChanged, String notesBefore, String notesAfter, boolean applicabilityChanged) {

    /** Which way the risk went. OTHER: to or from unanswered, where neither word fits. */
    public enum Move { UP, DOWN, SAME, OTHER }

    public QuestionChange {
        practicesAdded = List.copyOf(practicesAdded);
        practicesDropped = List.copyOf(practicesDropped);
    }

    public boolean changed() {
        return move != Move.SAME || !practicesAdded.isEmpty() || !practicesDropped.isEmpty() || notesChanged
                || applicabilityChanged;
    }

    static Move move(QuestionRisk before, QuestionRisk after) {
        if (before == after) {
            return Move.SAME;
        }
        int b = rank(before);
        int a = rank(after);
        if (b < 0 || a < 0) {
            return Move.OTHER;
        }
        return a > b ? Move.UP : a < b ? Move.DOWN : Move.SAME;
    }

    /** Not applicable ranks with no risk: the question no longer exposes anything. */
    private static int rank(QuestionRisk r) {
        return switch (r) {
            case HIGH -> 2;
            case MEDIUM -> 1;
            case NONE, NOT_APPLICABLE -> 0;
            case UNANSWERED -> -1;
        };
    }
}
