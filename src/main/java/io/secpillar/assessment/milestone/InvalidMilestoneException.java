package io.secpillar.assessment.milestone;

/** A milestone that cannot be saved, found or deleted; the message is for the user. */
public final class InvalidMilestoneException extends RuntimeException {
    public InvalidMilestoneException(String message) {
        super(message);
    }
}
