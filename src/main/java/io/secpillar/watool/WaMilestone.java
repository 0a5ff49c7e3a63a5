package io.secpillar.watool;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A milestone in the WA Tool: its number, name, when it was recorded, and the workload's risk counts then. */
public record WaMilestone(int number, String name, Optional<Instant> recordedAt, Map<String, Integer> riskCounts) {

    public WaMilestone {
        riskCounts = Map.copyOf(riskCounts);
    }
}
