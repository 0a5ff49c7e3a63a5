package io.secpillar.assessment.improvement;

import io.secpillar.pillar.PracticeLevel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which items of the plan to show: by status, owner, level, overdue only, and free text. */
public record ImprovementFilter(Set<ImprovementStatus> statuses, Optional<String> owner, Optional<PracticeLevel> level,
                                boolean overdueOnly, String text) {

    public static final ImprovementFilter ALL = new ImprovementFilter(EnumSet.allOf(ImprovementStatus.class),
            Optional.empty(), Optional.empty(), false, "");

    public ImprovementFilter {
        statuses = statuses.isEmpty() ? EnumSet.noneOf(ImprovementStatus.class) : EnumSet.copyOf(statuses);
        text = text == null ? "" : text.strip();
    }

    public boolean test(ImprovementItem item) {
        if (!statuses.contains(item.status())) {
            return false;
        }
        if (owner.isPresent() && !item.tracking().owner().equalsIgnoreCase(owner.get().strip())) {
            return false;
        }
        if (level.isPresent() && item.practice().level() != level.get()) {
            return false;
        }
        if (overdueOnly && !item.overdue() && !item.acceptanceExpired()) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return (item.practice().label() + " " + item.practice().title() + " " + item.questionTitle() + " "
                + item.tracking().owner() + " " + item.tracking().notes()).toLowerCase(Locale.ROOT).contains(needle);
    }
}
