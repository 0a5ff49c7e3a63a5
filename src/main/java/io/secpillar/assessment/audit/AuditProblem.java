package io.secpillar.assessment.audit;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One thing verification found wrong, located: where (the workload, and the question, milestone or "workload
 * details" concerned), which record, and a sentence for people.
 */
public record AuditProblem(Kind kind, String where, OptionalLong record, String message) {

    public enum Kind {
        /** A record's content no longer matches its own hash: it was edited after it was written. */
        RECORD_ALTERED,
        /** Records are missing from the sequence: deleted. */
        RECORD_MISSING,
        /** A record does not carry its predecessor's hash: records were removed, inserted or reordered. */
        CHAIN_BROKEN,
        /** The stored answer is not what the trail's last record for that question says. */
        ANSWER_DIFFERS,
        /** The workload's details are not what the trail says. */
        WORKLOAD_DIFFERS,
        /** A milestone's snapshot is not the one the trail recorded, or it is missing or unrecorded. */
        MILESTONE_DIFFERS;

        public boolean isChain() {
            return this == RECORD_ALTERED || this == RECORD_MISSING || this == CHAIN_BROKEN;
        }
    }

    public AuditProblem {
        Objects.requireNonNull(kind, "kind");
        where = Objects.requireNonNullElse(where, "");
        Objects.requireNonNull(record, "record");
        message = Objects.requireNonNullElse(message, "");
    }
}
