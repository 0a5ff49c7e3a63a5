package io.secpillar.storage;

import io.secpillar.assessment.port.Transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/** Database transactions for the core: every repository call made inside one joins it. */
public final class JdbcTransactions implements Transactions {

    /** How long H2 may hold written pages in memory during a large write. */
    private static final int LARGE_WRITE_DELAY_MS = 500;

    private final Database database;
    private final Jdbc jdbc;

    public JdbcTransactions(Database database) {
        this.database = database;
        this.jdbc = new Jdbc(database);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.inTransaction(c -> work.get());
    }

    /**
     * The store is opened with WRITE_DELAY=0 so that every commit is on disk at once; for tens of thousands of rows
     * that flushes pages after every statement and halves the speed. A large write lets H2 buffer while it runs (the
     * setting is database-wide, so it is changed on a connection of its own, never inside the transaction), then
     * restores the delay and checkpoints, so that everything is on disk before this returns. The delay is also reset
     * by the connection URL whenever the store is opened, should the process die in between.
     */
    @Override
    public <T> T inLargeTransaction(Supplier<T> work) {
        writeDelay(LARGE_WRITE_DELAY_MS, false);
        try {
            return inTransaction(work);
        } finally {
            writeDelay(0, true);
        }
    }

    private void writeDelay(int millis, boolean checkpoint) {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + millis);
            if (checkpoint) {
                s.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
