package io.secpillar.storage;

import io.secpillar.assessment.port.Transactions;

import java.util.function.Supplier;

/** Database transactions for the core: every repository call made inside one joins it. */
public final class JdbcTransactions implements Transactions {

    private final Jdbc jdbc;

    public JdbcTransactions(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.inTransaction(c -> work.get());
    }
}
