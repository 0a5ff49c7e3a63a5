package io.secpillar.assessment.milestone;

import io.secpillar.evidence.RunComparison;
import io.secpillar.evidence.port.EvidenceRepository;

import java.util.List;
import java.util.Optional;

/**
 * What changed in the evidence between the runs two milestones were taken with: results that fail now and did not
 * then, results fixed (failed then, pass now), and how many still fail. Empty lists with a note when a side has
 * no run, or its run is no longer stored.
 */
public record EvidenceChanges(Optional<Long> fromRun, Optional<Long> toRun, List<RunComparison.Change> newFailures,
                              List<RunComparison.Change> fixed, int stillFailing, String note) {

    public EvidenceChanges {
        newFailures = List.copyOf(newFailures);
        fixed = List.copyOf(fixed);
    }

    public boolean compared() {
        return note.isEmpty();
    }

    static EvidenceChanges between(EvidenceRepository store, Optional<Long> from, Optional<Long> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return new EvidenceChanges(from, to, List.of(), List.of(), 0,
                    "Evidence not compared: " + (from.isEmpty() ? "the earlier side" : "the later side")
                            + " was taken without an evidence run.");
        }
        for (long id : new long[] {from.get(), to.get()}) {
            if (store.run(id).isEmpty()) {
                return new EvidenceChanges(from, to, List.of(), List.of(), 0,
                        "Evidence not compared: run " + id + " is no longer in the data store.");
            }
        }
        if (from.get().equals(to.get())) {
            return new EvidenceChanges(from, to, List.of(), List.of(), 0, "Both were taken with evidence run " + from.get()
                    + "; run a new scan to see what changed.");
        }
        RunComparison diff = RunComparison.compare(store.findings(from.get()), store.findings(to.get()));
        return new EvidenceChanges(from, to, diff.newFailures(), diff.fixed(), diff.stillFailing().size(), "");
    }
}
