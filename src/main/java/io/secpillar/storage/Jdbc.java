package io.secpillar.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC chores every repository shares: transactions, row mapping, and time conversion. It is also the
 * storage boundary for damage: an H2 error that means the file is damaged becomes a {@link StoreDamagedException}
 * (and the database stops writing), whatever repository method met it.
 */
final class Jdbc {

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

    private final Database database;
    private final DataSource dataSource;

    Jdbc(Database database) {
        this.database = database;
        this.dataSource = database.dataSource();
    }

    /** Runs the work in one transaction: committed together or not at all. */
    <T> T inTransaction(Work<T> work) {
        database.refuseIfDamaged();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            if (StoreDamage.isDamage(e)) {
                throw database.damaged(StoreDamage.PART_UNREADABLE, e);
            }
            throw new StorageException(e);
        } catch (StoreDamagedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (StoreDamage.isDamage(e)) {
                throw database.damaged(StoreDamage.PART_UNREADABLE, e);
            }
            throw e;
        }
    }

    /** A rollback on a damaged or closed store fails too; the first failure is the one worth reporting. */
    private static void rollbackQuietly(Connection c, Exception first) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            first.addSuppressed(e);
        }
    }

    /** Checks content read back against the fingerprint stored with it; see {@link Database#requireIntact}. */
    void requireIntact(String storedSha256, String actualSha256, String what) {
        database.requireIntact(storedSha256, actualSha256, what);
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

    static OffsetDateTime toDb(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Instant.EPOCH : value.toInstant();
    }
}
