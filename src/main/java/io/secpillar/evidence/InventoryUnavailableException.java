package io.secpillar.evidence;

/**
 * An inventory could not be collected, with the reason already in plain words (the adapter that called AWS
 * wrote it: HTTP status, error code, "the reply could not be read", attempts). The engine shows the message as
 * it is, never the class name.
 */
public final class InventoryUnavailableException extends RuntimeException {

    public InventoryUnavailableException(String plainReason, Throwable cause) {
        super(plainReason, cause);
    }
}
