package io.secpillar.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of the store's own tables, kept in the store ({@code store_table}, from V40) and compared on opening
 * with the tables H2 knows: damage to H2's catalogue can make whole tables vanish from a file that otherwise opens
 * without complaint. The list follows the migrations by itself: it is brought up to date after each one.
 */
final class StoreTables {

    static final String TABLE = "store_table";
    private static final String HISTORY = "flyway_schema_history";

    private StoreTables() {
    }

    /** The base tables of the PUBLIC schema, upper-cased as H2 names unquoted tables. */
    static Set<String> present(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM"
                + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Brings the list up to date with the tables there are now (after a migration added or dropped some). */
    static void record(Connection c) throws SQLException {
        Set<String> present = present(c);
        if (!present.contains(TABLE.toUpperCase(Locale.ROOT))) {
            return; // a store migrated only part of the way (tests do that); nothing to keep up to date yet
        }
        Set<String> listed = listed(c);
        if (listed.equals(present)) {
            return;
        }
        try (Statement s = c.createStatement(); PreparedStatement add = c.prepareStatement("INSERT INTO " + TABLE
                + " (name) VALUES (?)")) {
            s.executeUpdate("DELETE FROM " + TABLE);
            for (String table : present) {
                add.setString(1, table);
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /** What is missing from the listed tables, as a phrase for the damage message; empty when nothing is. */
    static String missing(Connection c, Set<String> present) throws SQLException {
        if (!present.contains(TABLE.toUpperCase(Locale.ROOT))) {
            return migratedPastV40(c, present) ? "the list of its tables is missing" : "";
        }
        Set<String> gone = new TreeSet<>(listed(c));
        gone.removeAll(present);
        return gone.isEmpty() ? "" : (gone.size() == 1 ? "the table " : "the tables ")
                + String.join(", ", gone).toLowerCase(Locale.ROOT) + (gone.size() == 1 ? " is" : " are") + " missing";
    }

    private static Set<String> listed(Connection c) throws SQLException {
        Set<String> listed = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM " + TABLE)) {
            while (rs.next()) {
                listed.add(rs.getString(1));
            }
        }
        return listed;
    }

    private static boolean migratedPastV40(Connection c, Set<String> present) throws SQLException {
        if (!present.contains(HISTORY)) {
            return present.contains("LENS"); // the schema history itself vanished from a store that has tables
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + HISTORY
                + "\" WHERE \"version\" = '40' AND \"success\"")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
