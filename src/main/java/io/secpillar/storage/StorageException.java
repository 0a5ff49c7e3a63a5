package io.secpillar.storage;

import java.sql.SQLException;

/** A database call failed after the store was opened; the transaction it belonged to was rolled back. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("Saving to the local database failed: " + cause.getMessage(), cause);
    }
}
