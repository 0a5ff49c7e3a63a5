package io.secpillar.cli;

/** A command that cannot run for a reason the user can fix; printed without a stack trace, exit code 2. */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
