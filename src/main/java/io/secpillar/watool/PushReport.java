package io.secpillar.watool;

import java.util.List;
import java.util.Optional;

/**
 * What a push did: the workload (created or found), the lens written to, which questions were written (labels such
 * as SEC01), what was left out and why, the milestone, and how it ended: done, stopped by a failure (with the
 * sentence), or cancelled.
 */
public record PushReport(String workloadId, boolean workloadCreated, String lensAlias, List<String> written,
                         List<String> notWritten, Optional<IdCheck> ids, List<String> notes,
                         Optional<Integer> milestoneNumber, Optional<String> failure, boolean cancelled) {

    public PushReport {
        written = List.copyOf(written);
        notWritten = List.copyOf(notWritten);
        notes = List.copyOf(notes);
    }

    public boolean succeeded() {
        return failure.isEmpty() && !cancelled;
    }
}
