package io.secpillar.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The embedded H2 file database in the data directory. Opening it takes the directory lock, refuses files it
 * cannot read or that a newer version wrote (never touching them), backs up before a schema upgrade, and
 * lets Flyway create or migrate the schema.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_BASE = "secpillar";
    /** WRITE_DELAY=0: every commit reaches the file at once, so a crash loses no saved edit. */
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String URL_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private final Path directory;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;

    private Database(Path directory, InstanceLock lock, JdbcConnectionPool pool) {
        this.directory = directory;
        this.lock = lock;
        this.pool = pool;
    }

    public static Database open(Path directory) {
        createDirectory(directory);
        InstanceLock lock = InstanceLock.acquire(directory);
        JdbcConnectionPool pool = null;
        try {
            Path file = directory.resolve(FILE_BASE + ".mv.db");
            if (Files.exists(file)) {
                inspectReadOnly(directory, file);
            }
            pool = JdbcConnectionPool.create(url(directory, URL_OPTIONS), "sa", "");
            pool.setMaxConnections(8);
            probe(pool, file);
            migrate(pool, directory);
            return new Database(directory, lock, pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Path directory() {
        return directory;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed or never opened; disposing the pool below is all that is left
        }
        pool.dispose();
        lock.close();
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the data directory " + directory + " ("
                    + e.getMessage() + "). Choose another one with --data-dir or " + DataDirectory.ENV_VARIABLE + ".", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreUnavailableException("The data directory " + directory + " is not writable. "
                    + "Choose another one with --data-dir or " + DataDirectory.ENV_VARIABLE + ".");
        }
    }

    private static String url(Path directory, String options) {
        return "jdbc:h2:file:" + directory.resolve(FILE_BASE) + options;
    }

    /**
     * Looks at an existing file without the right to write (opening H2 read-write rewrites its header), so a
     * damaged file or one from a newer version is refused while it is still byte for byte what it was.
     */
    private static void inspectReadOnly(Path directory, Path file) {
        JdbcConnectionPool readOnly = JdbcConnectionPool.create(url(directory, ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE"), "sa", "");
        try {
            probe(readOnly, file);
            refuseNewerSchema(Flyway.configure().dataSource(readOnly).locations(MIGRATIONS).load(), directory);
        } catch (FlywayException e) {
            throw new StoreUnavailableException("The database in " + directory + " could not be checked: "
                    + firstLine(e.getMessage()) + ". The file was left untouched.", e);
        } finally {
            readOnly.dispose();
        }
    }

    /** Opens one connection so that H2's own complaints are turned into words before anything is written. */
    private static void probe(JdbcConnectionPool pool, Path file) {
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(e, file), e);
        }
    }

    static String explain(SQLException e, Path file) {
        String untouched = " The file was left untouched.";
        return switch (e.getErrorCode()) {
            case 90020 -> "The database " + file + " is in use by another program. Close it and try again." + untouched;
            case 90030, 90031 -> "The database " + file + " is damaged and cannot be read. Restore it from a backup"
                    + " (the backups folder beside it holds copies made before upgrades), or use another data directory."
                    + untouched;
            case 90048 -> "The database " + file + " was written by an H2 version this workbench cannot read." + untouched;
            case 90049 -> "The database " + file + " is encrypted with a password this workbench does not have." + untouched;
            default -> "The database " + file + " cannot be opened: " + firstLine(e.getMessage()) + "." + untouched;
        };
    }

    private static void migrate(JdbcConnectionPool pool, Path directory) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(MIGRATIONS)
                .load();
        try {
            refuseNewerSchema(flyway, directory);
            boolean hasApplied = flyway.info().applied().length > 0;
            boolean hasPending = flyway.info().pending().length > 0;
            if (hasApplied && hasPending) {
                backup(pool, directory);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("The database in " + directory + " could not be prepared: "
                    + firstLine(e.getMessage()) + ". Nothing was deleted.", e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, Path directory) {
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            MigrationInfo current = flyway.info().current();
            throw new StoreUnavailableException("The database in " + directory + " was written by a newer version of"
                    + " SecPillar Workbench (schema " + (current == null ? "?" : current.getVersion())
                    + "). Update the workbench to open it. The file was left untouched.");
        }
    }

    private static void backup(JdbcConnectionPool pool, Path directory) {
        Path target = directory.resolve("backups").resolve("secpillar-before-upgrade-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            Files.createDirectories(target.getParent());
            s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            throw new StoreUnavailableException("Could not back up the database before upgrading it (" + e.getMessage()
                    + "). The upgrade was not started; the file was left untouched.", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int cut = message.indexOf('\n');
        String line = cut > 0 ? message.substring(0, cut) : message;
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
