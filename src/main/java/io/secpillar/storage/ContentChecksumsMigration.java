package io.secpillar.storage;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * V40: a SHA-256 beside every lens edition and evidence result, filled in for the rows already stored, then
 * required; and the store's list of its own tables ({@link StoreTables}). Written in Java so that the fingerprint
 * of an old row is computed by exactly the code that checks it.
 */
final class ContentChecksumsMigration implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("40");
    }

    @Override
    public String getDescription() {
        return "content checksums";
    }

    @Override
    public Integer getChecksum() {
        return 40_001; // bump when the migration changes, so Flyway's validation notices
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE lens ADD COLUMN " + RowChecksums.COLUMN + " VARCHAR(64)");
            s.execute("ALTER TABLE evidence_result ADD COLUMN " + RowChecksums.COLUMN + " VARCHAR(64)");
            s.execute("CREATE TABLE " + StoreTables.TABLE + " (name VARCHAR(256) PRIMARY KEY)");
        }
        fill(c, "SELECT " + RowChecksums.LENS_COLUMNS + " FROM lens",
                "UPDATE lens SET " + RowChecksums.COLUMN + " = ? WHERE alias = ? AND version = ?", (rs, u) -> {
                    u.setString(1, RowChecksums.lens(rs));
                    u.setString(2, rs.getString("alias"));
                    u.setString(3, rs.getString("version"));
                });
        fill(c, "SELECT id, " + RowChecksums.RESULT_COLUMNS + " FROM evidence_result",
                "UPDATE evidence_result SET " + RowChecksums.COLUMN + " = ? WHERE id = ?", (rs, u) -> {
                    u.setString(1, RowChecksums.result(rs));
                    u.setLong(2, rs.getLong("id"));
                });
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE lens ALTER COLUMN " + RowChecksums.COLUMN + " SET NOT NULL");
            s.execute("ALTER TABLE evidence_result ALTER COLUMN " + RowChecksums.COLUMN + " SET NOT NULL");
        }
    }

    @FunctionalInterface
    private interface RowUpdate {
        void bind(ResultSet row, PreparedStatement update) throws SQLException;
    }

    private static void fill(Connection c, String select, String update, RowUpdate bind) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement u = c.prepareStatement(update)) {
            int pending = 0;
            while (rs.next()) {
                bind.bind(rs, u);
                u.addBatch();
                if (++pending == BATCH) {
                    u.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                u.executeBatch();
            }
        }
    }
}
