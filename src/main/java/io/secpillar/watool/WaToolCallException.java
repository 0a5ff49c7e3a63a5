package io.secpillar.watool;

/**
 * A Well-Architected Tool call that failed, already worded for the user (which operation, which profile, what AWS
 * said). {@link Kind} lets the push and the pull say what was and was not done.
 */
public final class WaToolCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the workbench acts on it. */
    public enum Kind { ACCESS_DENIED, THROTTLED, NOT_FOUND, CONFLICT, INVALID, REFUSED_BY_GUARD, CREDENTIALS, OTHER }

    private final transient WaOperation operation;
    private final Kind kind;

    public WaToolCallException(WaOperation operation, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.kind = kind;
    }

    public WaOperation operation() {
        return operation;
    }

    public Kind kind() {
        return kind;
    }
}
