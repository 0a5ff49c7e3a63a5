package io.secpillar.assessment.handover;

import java.util.List;

/** What a merge did: the questions whose answer was taken from the reviewer, and those kept as they were here. */
public record MergeResult(List<String> taken, List<String> kept) {
    public MergeResult {
        taken = List.copyOf(taken);
        kept = List.copyOf(kept);
    }
}
