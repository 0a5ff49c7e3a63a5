package io.secpillar.assessment.handover;

/**
 * A hand-over file that cannot be used: not one, truncated, altered, from a newer version, malformed, or not
 * matching the workload it should merge into. The message is a sentence for the user and says nothing changed.
 */
public final class HandoverFileException extends RuntimeException {
    public HandoverFileException(String message) {
        super(message);
    }

    public HandoverFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
