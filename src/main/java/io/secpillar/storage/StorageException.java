package io.secpillar.storage;

import java.sql.SQLException;

/**
 * A database call failed after the store was opened (disk full, file no longer writable…); the transaction it
 * belonged to was rolled back. Damage has its own exception, {@link StoreDamagedException}.
 */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("The local database could not complete the request: " + StoreDamage.detail(cause) + ".", cause);
    }
}
