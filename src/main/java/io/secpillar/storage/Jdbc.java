package io.secpillar.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC chores every repository shares: transactions, row mapping, and time conversion.
 * A transaction opened by {@link JdbcTransactions} is bound to its thread; every repository call made inside it
 * joins it, so a use case spanning several repositories commits all or nothing.
 */
final class Jdbc {

    /** The connection of the transaction the current thread is in, with the pool it came from. */
    private record Bound(DataSource source, Connection connection) { }

    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work in one transaction (the thread's own, when it is in one): committed together or not at all. */
    <T> T inTransaction(Work<T> work) {
        Bound bound = BOUND.get();
        if (bound != null && bound.source() == dataSource) {
            try {
                return work.run(bound.connection());
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            BOUND.set(new Bound(dataSource, c));
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                BOUND.remove();
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return inTransaction(c -> query(c, sql, binder, mapper));
    }

    static <T> List<T> query(Connection c, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the key the database generated for the new row. */
    static long insert(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(s);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static OffsetDateTime toDb(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Instant.EPOCH : value.toInstant();
    }
}
