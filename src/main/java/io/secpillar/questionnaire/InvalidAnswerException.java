package io.secpillar.questionnaire;

/** An edit that breaks an answering rule; the message is meant for the reviewer. */
public final class InvalidAnswerException extends RuntimeException {
    public InvalidAnswerException(String message) {
        super(message);
    }
}
