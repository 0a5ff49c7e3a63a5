package io.secpillar.assessment.disagreement;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeRef;

import java.util.Optional;

/**
 * A best practice whose answer and newest evidence disagree: ticked as in place while its checks fail, or
 * unticked while they all pass; with the reviewer's accept or override decision when there is one.
 */
public record Disagreement(PracticeRef practice, Kind kind, PracticeEvidence evidence,
                           Optional<EvidenceDecision> decision) {

    public enum Kind {
        TICKED_BUT_FAILING("Ticked as in place, but its checks fail"),
        UNTICKED_BUT_PASSING("Not ticked, but all its checks pass");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The reviewer overrode this very run's evidence: the disagreement is known and decided. */
    public boolean acknowledged() {
        return decision.filter(d -> d.kind() == EvidenceDecision.Kind.OVERRIDDEN && d.runId() == evidence.runId())
                .isPresent();
    }

    /** E.g. "SEC08-BP02: Ticked as in place, but its checks fail (run 7). Overrode evidence run 7." */
    public String sentence() {
        return practice.label() + ": " + kind.label() + " (run " + evidence.runId() + ")."
                + decision.map(d -> " " + d.label() + ".").orElse("");
    }
}
