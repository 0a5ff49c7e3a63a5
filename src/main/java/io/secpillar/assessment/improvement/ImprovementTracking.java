package io.secpillar.assessment.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the people tracking an improvement item decided: owner, due date, status (with the justification and expiry
 * of an accepted risk), notes, and who changed it last. The item itself follows from the answers.
 */
public record ImprovementTracking(String questionId, String choiceId, String owner, Optional<LocalDate> due,
                                  ImprovementStatus status, String justification, Optional<LocalDate> acceptedUntil,
                                  String notes, String updatedBy, Instant updatedAt) {

    public ImprovementTracking {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(choiceId, "choiceId");
        owner = Objects.requireNonNullElse(owner, "");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        justification = Objects.requireNonNullElse(justification, "");
        Objects.requireNonNull(acceptedUntil, "acceptedUntil");
        notes = Objects.requireNonNullElse(notes, "");
        updatedBy = Objects.requireNonNullElse(updatedBy, "");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** An item nobody has touched yet: open, no owner, no date. */
    public static ImprovementTracking untouched(String questionId, String choiceId) {
        return new ImprovementTracking(questionId, choiceId, "", Optional.empty(), ImprovementStatus.OPEN, "",
                Optional.empty(), "", "", Instant.EPOCH);
    }

    public ImprovementTracking with(ImprovementUpdate u, String by, Instant at) {
        return new ImprovementTracking(questionId, choiceId, u.owner(), u.due(), u.status(), u.justification(),
                u.acceptedUntil(), u.notes(), by, at);
    }

    public ImprovementUpdate asUpdate() {
        return new ImprovementUpdate(owner, due, status, justification, acceptedUntil, notes);
    }
}
