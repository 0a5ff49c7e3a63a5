package io.secpillar.assessment.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Says in words what an update of an improvement item changed, for the audit trail. */
final class ImprovementChanges {

    private ImprovementChanges() {
    }

    static String describe(ImprovementTracking before, ImprovementTracking after) {
        List<String> parts = new ArrayList<>();
        if (before.status() != after.status()) {
            parts.add("status " + before.status().label() + " → " + after.status().label());
        }
        if (!before.owner().equals(after.owner())) {
            parts.add(after.owner().isEmpty() ? "owner removed" : "owner " + after.owner());
        }
        if (!before.due().equals(after.due())) {
            parts.add("due " + date(after.due()));
        }
        if (!before.justification().equals(after.justification())) {
            parts.add("justification changed");
        }
        if (!before.acceptedUntil().equals(after.acceptedUntil())) {
            parts.add("accepted until " + date(after.acceptedUntil()));
        }
        if (!before.notes().equals(after.notes())) {
            parts.add("notes changed");
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("none");
    }
}
