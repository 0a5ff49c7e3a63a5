package io.secpillar.assessment.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The editable fields of an improvement item, as typed; {@link #problems()} says what is wrong. */
public record ImprovementUpdate(String owner, Optional<LocalDate> due, ImprovementStatus status, String justification,
                                Optional<LocalDate> acceptedUntil, String notes) {

    public static final int MAX_OWNER = 200;
    public static final int MAX_JUSTIFICATION = 2000;
    public static final int MAX_NOTES = 4000;

    public ImprovementUpdate {
        owner = owner == null ? "" : owner.strip();
        Objects.requireNonNull(due, "due");
        status = Objects.requireNonNullElse(status, ImprovementStatus.OPEN);
        justification = justification == null ? "" : justification.strip();
        Objects.requireNonNull(acceptedUntil, "acceptedUntil");
        notes = notes == null ? "" : notes.strip();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (owner.length() > MAX_OWNER) {
            problems.add("The owner has more than " + MAX_OWNER + " characters.");
        }
        if (notes.length() > MAX_NOTES) {
            problems.add("The notes have " + notes.length() + " characters; at most " + MAX_NOTES + " fit.");
        }
        if (justification.length() > MAX_JUSTIFICATION) {
            problems.add("The justification has more than " + MAX_JUSTIFICATION + " characters.");
        }
        if (status == ImprovementStatus.RISK_ACCEPTED) {
            if (justification.isEmpty()) {
                problems.add("Say why the risk is accepted: an accepted risk needs a justification.");
            }
            if (acceptedUntil.isEmpty()) {
                problems.add("Give the date until which the risk is accepted: an accepted risk needs an expiry date.");
            }
        }
        return problems;
    }

    public ImprovementUpdate validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidImprovementException(String.join(" ", problems));
        }
        return this;
    }

    public ImprovementUpdate withStatus(ImprovementStatus next) {
        return new ImprovementUpdate(owner, due, next, justification, acceptedUntil, notes);
    }
}
