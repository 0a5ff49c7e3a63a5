package io.secpillar.watool;

/** A push or pull that cannot go on, with a sentence for the user (the command line exits 2 with it). */
public final class WaToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WaToolException(String message) {
        super(message);
    }

    public WaToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
