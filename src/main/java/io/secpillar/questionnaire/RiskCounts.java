package io.secpillar.questionnaire;

import java.util.Collection;

/** How many questions of a review end in each outcome; always derived, never stored. */
public record RiskCounts(int high, int medium, int none, int notApplicable, int unanswered) {

    public static RiskCounts of(Collection<QuestionRisk> risks) {
        int h = 0, m = 0, n = 0, na = 0, u = 0;
        for (QuestionRisk r : risks) {
            switch (r) {
                case HIGH -> h++;
                case MEDIUM -> m++;
                case NONE -> n++;
                case NOT_APPLICABLE -> na++;
                case UNANSWERED -> u++;
            }
        }
        return new RiskCounts(h, m, n, na, u);
    }

    public int total() {
        return high + medium + none + notApplicable + unanswered;
    }

    public int answered() {
        return total() - unanswered;
    }

    public int count(QuestionRisk risk) {
        return switch (risk) {
            case HIGH -> high;
            case MEDIUM -> medium;
            case NONE -> none;
            case NOT_APPLICABLE -> notApplicable;
            case UNANSWERED -> unanswered;
        };
    }
}
