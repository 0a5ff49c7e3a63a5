package io.secpillar.assessment.milestone;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the evidence run a milestone was taken with said: which run (its id where it was taken), when, its result
 * counts, and the verdict per best practice label (only practices with evidence).
 */
public record EvidenceSummary(long runId, Instant startedAt, Optional<Instant> endedAt, String state, int passed,
                              int failed, int notApplicable, int couldNotAssess, Map<String, String> practiceVerdicts) {

    public EvidenceSummary {
        practiceVerdicts = Map.copyOf(practiceVerdicts);
    }

    public int total() {
        return passed + failed + notApplicable + couldNotAssess;
    }
}
