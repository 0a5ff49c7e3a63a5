package io.secpillar.storage;

/**
 * The database file is damaged: H2 could not read part of it, or stored content no longer matches the SHA-256
 * it was saved with. The message tells the user to restore from a backup; once raised, the database refuses
 * further work and is closed without writing, so the damaged file stays as it was found.
 */
public final class StoreDamagedException extends StoreUnavailableException {

    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
