package io.secpillar.assessment;

import io.secpillar.evidence.EvidenceResult;

import java.util.List;
import java.util.Optional;

/**
 * What one evidence run says about one best practice: counts, the results (failing first), a verdict and a
 * suggestion sentence. A suggestion only: the reviewer decides, the app never changes an answer by itself.
 */
public record PracticeEvidence(String practiceLabel, long runId, Verdict verdict, int passed, int failed,
                               int notApplicable, int couldNotAssess, List<CheckTally> checks,
                               List<EvidenceResult> results, String suggestion) {

    /** What the evidence leans towards. */
    public enum Verdict {
        /** Every assessed result passed. */
        IN_PLACE,
        /** Nothing failed, but some results could not be assessed. */
        LIKELY_IN_PLACE,
        /** At least one result failed. */
        NOT_IN_PLACE,
        /** Every result could not be assessed. */
        UNKNOWN,
        /** No mapped check produced a result in this run. */
        NO_EVIDENCE
    }

    /** The results of one mapped check. */
    public record CheckTally(String checkId, String title, int passed, int failed, int notApplicable,
                             int couldNotAssess, String noun) {
        public int assessed() {
            return passed + failed;
        }
    }

    public PracticeEvidence {
        checks = List.copyOf(checks);
        results = List.copyOf(results);
    }

    /** Whether accepting the evidence means ticking the practice (true), unticking it (false), or neither. */
    public Optional<Boolean> suggestsInPlace() {
        return switch (verdict) {
            case IN_PLACE -> Optional.of(true);
            case NOT_IN_PLACE -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public boolean hasEvidence() {
        return verdict != Verdict.NO_EVIDENCE;
    }
}
