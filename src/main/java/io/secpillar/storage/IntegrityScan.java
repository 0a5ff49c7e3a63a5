package io.secpillar.storage;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.Locale;

/**
 * Reads an existing database read-only before it is opened for writing: the store's list of tables against the
 * tables H2 knows, every row of every table (so that H2 meets any page it can no longer read) and every lens
 * edition against its SHA-256 (so that bytes changed inside a stored text are found too). Damage found here is
 * reported before anything is written, and the file stays exactly as it was found.
 *
 * <p>Evidence results are left out on opening: a big store holds hundreds of thousands, and reading them all took
 * 8 s for 200,000 (StoreIntegrityBenchmark), on every start and every command. They are checked against their
 * SHA-256 whenever they are read instead, and H2 errors met then are damage too (see {@link Jdbc}).
 */
final class IntegrityScan {

    static final String DEFERRED = "EVIDENCE_RESULT";

    private IntegrityScan() {
    }

    /** The scan on opening: everything but the evidence results. */
    static void run(DataSource readOnly, Path file) {
        run(readOnly, file, false);
    }

    /** @param everything also every evidence result (for the benchmark, and a full check on demand) */
    static void run(DataSource readOnly, Path file, boolean everything) {
        try (Connection c = readOnly.getConnection()) {
            Set<String> present = StoreTables.present(c);
            String missing = StoreTables.missing(c, present);
            if (!missing.isEmpty()) {
                throw new StoreDamagedException(Database.damagedMessage(file, missing), null);
            }
            for (String table : present) {
                if (everything || !table.equals(DEFERRED)) {
                    scan(c, table, file);
                }
            }
        } catch (SQLException e) {
            if (StoreDamage.isDamage(e)) {
                throw new StoreDamagedException(Database.damagedMessage(file, StoreDamage.PART_UNREADABLE), e);
            }
            throw new StoreUnavailableException(Database.explain(e, file), e);
        } catch (StoreDamagedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (StoreDamage.isDamage(e)) {
                throw new StoreDamagedException(Database.damagedMessage(file, StoreDamage.PART_UNREADABLE), e);
            }
            throw e;
        }
    }

    private static void scan(Connection c, String table, Path file) throws SQLException {
        String name = table.toLowerCase(Locale.ROOT);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            boolean checksummed = hasColumn(rs, RowChecksums.COLUMN); // a store from before V40 has none yet
            boolean lens = checksummed && name.equals("lens");
            boolean result = checksummed && name.equals("evidence_result");
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i); // reading the value makes H2 read its page (and a CLOB's own pages)
                }
                if (lens && !ContentChecksum.matches(rs.getString(RowChecksums.COLUMN), RowChecksums.lens(rs))) {
                    throw mismatch(file, RowChecksums.describeLens(rs));
                }
                if (result && !ContentChecksum.matches(rs.getString(RowChecksums.COLUMN), RowChecksums.result(rs))) {
                    throw mismatch(file, RowChecksums.describeResult(rs));
                }
            }
        }
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if (rs.getMetaData().getColumnName(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    private static StoreDamagedException mismatch(Path file, String what) {
        return new StoreDamagedException(Database.damagedMessage(file, what
                + " no longer matches the SHA-256 it was saved with"), null);
    }
}
