package io.secpillar.assessment.improvement;

/** An improvement item update that breaks the rules, or names no item; the message is for the user. */
public final class InvalidImprovementException extends RuntimeException {
    public InvalidImprovementException(String message) {
        super(message);
    }
}
