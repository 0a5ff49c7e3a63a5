package io.secpillar.storage;

import io.secpillar.assessment.IoProblems;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backup and restore of the whole data store. A backup is H2's online {@code BACKUP TO}: a consistent ZIP of the
 * database taken while the workbench keeps working, checked before it is put in place. A restore checks the backup
 * whole first (ZIP checksums, one database file, every table readable, a schema this version knows) and only then
 * replaces the store, keeping the replaced file under backups/. A damaged backup is refused and nothing changes.
 */
public final class StoreBackup {

    /** What a backup or a restore did, for the user. */
    public record Outcome(Path file, long bytes, List<String> tables, long rows, Path keptAside) { }

    private static final String ENTRY = Database.FILE_BASE + ".mv.db";
    private static final String NOTHING = " Nothing was changed.";

    private StoreBackup() {
    }

    /** Backs up the open store to the file (a .zip), while it stays in use. */
    public static Outcome backup(Database database, Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new StoreUnavailableException("Cannot write the backup " + target + ": the folder " + dir
                    + " does not exist or is not writable. Nothing was written.");
        }
        Path part = dir.resolve("." + target.getFileName() + ".part");
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            Files.deleteIfExists(part);
            s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            Outcome checked = check(part, database.directory());
            move(part, target);
            return new Outcome(target, Files.size(target), checked.tables(), checked.rows(), null);
        } catch (SQLException | IOException e) {
            throw new StoreUnavailableException("The backup to " + target + " failed (" + reason(e)
                    + "). Nothing was written.", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray part file is all that is left
            }
        }
    }

    /**
     * Replaces the store in the data directory with the backup, after checking the backup whole. No workbench may
     * have the directory open. The replaced database is kept under backups/.
     */
    public static Outcome restore(Path dataDirectory, Path backup) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the data directory " + dir + " (" + e.getMessage() + ")."
                    + NOTHING, e);
        }
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            Path staging = Files.createTempDirectory(dir, "restore-");
            try {
                unpack(backup, staging);
                Outcome checked = check(staging.resolve(ENTRY), staging, backup);
                Path current = dir.resolve(ENTRY);
                Path aside = null;
                if (Files.exists(current)) {
                    aside = dir.resolve("backups").resolve(Database.FILE_BASE + "-before-restore-"
                            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
                    Files.createDirectories(aside.getParent());
                    move(current, aside);
                }
                move(staging.resolve(ENTRY), current);
                return new Outcome(backup, Files.size(current), checked.tables(), checked.rows(), aside);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("The restore from " + backup + " failed (" + reason(e) + ")."
                    + NOTHING, e);
        }
    }

    /** Checks a backup file without restoring it. */
    public static Outcome check(Path backup) {
        try {
            Path staging = Files.createTempDirectory("secpillar-check-");
            try {
                unpack(backup, staging);
                return check(staging.resolve(ENTRY), staging, backup);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup " + backup + " cannot be checked (" + reason(e) + ").", e);
        }
    }

    private static Outcome check(Path zip, Path workDir) throws IOException {
        Path staging = Files.createTempDirectory(workDir, "check-");
        try {
            unpack(zip, staging);
            return check(staging.resolve(ENTRY), staging, zip);
        } finally {
            deleteTree(staging);
        }
    }

    private static void unpack(Path backup, Path staging) {
        String damaged = "The backup " + backup + " is damaged";
        boolean found = false;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals(ENTRY) || found) {
                    throw new StoreUnavailableException(damaged + " or not a SecPillar backup: it holds \"" + e.getName()
                            + "\"." + NOTHING);
                }
                try (OutputStream out = Files.newOutputStream(staging.resolve(ENTRY))) {
                    zip.transferTo(out);
                }
                found = true;
            }
        } catch (NoSuchFileException e) {
            throw new StoreUnavailableException("There is no backup file " + backup + "." + NOTHING, e);
        } catch (IOException e) {
            throw new StoreUnavailableException(damaged + " (" + reason(e) + ")." + NOTHING, e);
        }
        if (!found) {
            throw new StoreUnavailableException(damaged + " or not a SecPillar backup: it holds no database." + NOTHING);
        }
    }

    /** Opens the unpacked database read-only, checks its schema and reads every row of every table. */
    private static Outcome check(Path file, Path staging, Path backup) {
        String base = staging.resolve(Database.FILE_BASE).toString();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                "sa", "");
        try {
            MigrationInfo[] applied = Database.flyway(pool).info().all();
            if (Arrays.stream(applied).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                    || i.getState() == MigrationState.FUTURE_FAILED)) {
                throw new StoreUnavailableException("The backup " + backup + " was made by a newer version of SecPillar"
                        + " Workbench. Update the workbench to restore it." + NOTHING);
            }
            if (Arrays.stream(applied).noneMatch(i -> i.getState() == MigrationState.SUCCESS)) {
                throw new StoreUnavailableException("The backup " + backup + " is not a SecPillar data store." + NOTHING);
            }
            List<String> tables = new ArrayList<>();
            long rows = 0;
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    rows += readAll(s, table);
                }
            }
            return new Outcome(backup, Files.size(file), tables, rows, null);
        } catch (SQLException | FlywayException | IOException e) {
            throw new StoreUnavailableException("The backup " + backup + " is damaged: its database cannot be read ("
                    + firstLine(e.getMessage()) + ")." + NOTHING, e);
        } finally {
            pool.dispose();
        }
    }

    private static long readAll(Statement s, String table) throws SQLException {
        long rows = 0;
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    touch(rs.getObject(i));
                }
                rows++;
            }
        }
        return rows;
    }

    /** Large values live on their own pages: read them through, so a damaged page shows here. */
    private static void touch(Object value) throws SQLException {
        try {
            if (value instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            } else if (value instanceof Clob clob) {
                try (Reader in = clob.getCharacterStream()) {
                    in.transferTo(Writer.nullWriter());
                }
            }
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file; the next restore uses a new folder
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private static String reason(Exception e) {
        return e instanceof IOException io ? IoProblems.describe(io) : firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
