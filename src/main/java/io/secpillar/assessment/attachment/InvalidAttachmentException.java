package io.secpillar.assessment.attachment;

/** A file or link that cannot be attached, with a sentence for the user that says nothing was stored. */
public final class InvalidAttachmentException extends RuntimeException {
    public InvalidAttachmentException(String message) {
        super(message);
    }

    public InvalidAttachmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
