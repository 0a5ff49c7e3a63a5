package io.secpillar.storage;

/**
 * The data store cannot be used (in use by another window, damaged, from a newer version, not writable).
 * The message is written for the user and always says that nothing was changed.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
