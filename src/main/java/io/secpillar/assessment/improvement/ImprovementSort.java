package io.secpillar.assessment.improvement;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The orders the plan can be read in. PRIORITY: what is still to do first, High-level practices first, then the
 * question's risk, lens order.
 */
public enum ImprovementSort {
    PRIORITY, DUE_DATE, OWNER, STATUS;

    public Comparator<ImprovementItem> comparator() {
        Comparator<ImprovementItem> priority = Comparator
                .comparing((ImprovementItem i) -> i.inPlace())
                .thenComparingInt(i -> i.practice().level().ordinal())
                .thenComparingInt(i -> i.questionRisk().ordinal());
        return switch (this) {
            case PRIORITY -> priority;
            case DUE_DATE -> Comparator.comparing((ImprovementItem i) -> i.tracking().due().orElse(LocalDate.MAX))
                    .thenComparing(priority);
            case OWNER -> Comparator.comparing((ImprovementItem i) -> i.tracking().owner().isEmpty())
                    .thenComparing(i -> i.tracking().owner(), String.CASE_INSENSITIVE_ORDER).thenComparing(priority);
            case STATUS -> Comparator.comparing((ImprovementItem i) -> i.status().ordinal()).thenComparing(priority);
        };
    }
}
