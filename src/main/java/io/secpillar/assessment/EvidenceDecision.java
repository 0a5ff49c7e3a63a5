package io.secpillar.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * The reviewer's word on the evidence for one choice of one question: the answer was taken from run N
 * (ACCEPTED), or the reviewer decided against it (OVERRIDDEN). Kept as history; the latest one counts.
 */
public record EvidenceDecision(long reviewId, String questionId, String choiceId, long runId, Kind kind,
                               String decidedBy, Instant decidedAt) {

    public enum Kind { ACCEPTED, OVERRIDDEN }

    public EvidenceDecision {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(choiceId, "choiceId");
        Objects.requireNonNull(kind, "kind");
        decidedBy = Objects.requireNonNullElse(decidedBy, "");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** For the question pane and the report, e.g. "Accepted from evidence run 7". */
    public String label() {
        return (kind == Kind.ACCEPTED ? "Accepted from evidence run " : "Overrode evidence run ") + runId;
    }
}
