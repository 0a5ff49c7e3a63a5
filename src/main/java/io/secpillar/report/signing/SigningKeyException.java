package io.secpillar.report.signing;

/** A signing key that cannot be used, with a message that tells the consultant what to do. */
public final class SigningKeyException extends RuntimeException {

    public SigningKeyException(String message) {
        super(message);
    }

    public SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
