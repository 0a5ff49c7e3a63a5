package io.secpillar.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The embedded H2 file database in the data directory. Opening it takes the directory lock, refuses files it
 * cannot read, that are read-only, damaged or that a newer version wrote (never touching them: an existing file
 * is first opened read-only and read in full, see {@link IntegrityScan}), backs up before a schema upgrade, and
 * lets Flyway create or migrate the schema. Damage met later (H2 errors, content that no longer matches its
 * SHA-256) marks the database damaged: from then on it refuses work and closes without writing.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_BASE = "secpillar";
    private static final String MIGRATIONS = "classpath:db/migration";
    /**
     * WRITE_DELAY=0: every commit reaches the file at once. REUSE_SPACE=FALSE: every commit is appended at the end
     * of the file, which is where H2 looks first for the newest commit after a crash. With space reuse a commit can
     * land in a gap of the file; H2 2.x then rewrites the file header naming the commit before it (it updates its
     * "last chunk" only after the header is written), so after kill -9 that saved edit was never found again (seen
     * under load, when the compaction on close had left gaps). The space is reclaimed on close, see {@link #close}.
     */
    private static final String URL_OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE";

    private final Path directory;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    /** Held from opening to closing, so the pool can be emptied first and the store then closed as we choose. */
    private final Connection keeper;
    private volatile StoreDamagedException damage;

    private Database(Path directory, InstanceLock lock, JdbcConnectionPool pool, Connection keeper) {
        this.directory = directory;
        this.lock = lock;
        this.pool = pool;
        this.keeper = keeper;
    }

    public static Database open(Path directory) {
        createDirectory(directory);
        InstanceLock lock = InstanceLock.acquire(directory);
        JdbcConnectionPool pool = null;
        try {
            Path file = file(directory);
            if (Files.exists(file)) {
                refuseReadOnlyFile(file);
                inspectReadOnly(directory, file);
            }
            pool = JdbcConnectionPool.create(url(directory, URL_OPTIONS), "sa", "");
            pool.setMaxConnections(9);
            probe(pool, file);
            migrate(pool, directory);
            return new Database(directory, lock, pool, keeper(pool, file));
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
        refuseIfDamaged();
        return pool.getConnection();
    }

    /** The database file itself, {@code secpillar.mv.db}. */
    public Path file() {
        return file(directory);
    }

    /**
     * Checks content read back against the SHA-256 stored with it. On a mismatch the database is marked damaged
     * and {@link StoreDamagedException} is thrown; {@code what} names the content for the message, e.g.
     * "the lens edition custom-x sha256-1a2b".
     */
    public void requireIntact(String storedSha256, String actualSha256, String what) {
        if (!ContentChecksum.matches(storedSha256, actualSha256)) {
            throw damaged(what + " no longer matches the SHA-256 it was saved with", null);
        }
    }

    /** Whether damage was found since opening; a damaged database refuses work and closes without writing. */
    public boolean isDamaged() {
        return damage != null;
    }

    /** Marks the database damaged and returns the exception to throw (the first damage found is kept). */
    StoreDamagedException damaged(String detail, Throwable cause) {
        StoreDamagedException e = new StoreDamagedException(damagedMessage(file(), detail), cause);
        synchronized (this) {
            if (damage == null) {
                damage = e;
            }
        }
        return e;
    }

    void refuseIfDamaged() {
        StoreDamagedException found = damage;
        if (found != null) {
            throw new StoreDamagedException(found.getMessage(), found);
        }
    }

    static String damagedMessage(Path file, String detail) {
        return "The database " + file + " is damaged (" + detail + "). Restore from a backup (the backups"
                + " folder beside it holds copies made before upgrades), or use another data directory."
                + " Nothing more was written to the file.";
    }

    /**
     * Closes the store. The pool's idle connections end first (a SHUTDOWN before them would leave each to fail
     * against a closed database, and H2 traces every such failure); then the keeper connection, the last one,
     * closes the database cleanly. A damaged store is shut down at once, before anything else, without the
     * compaction and header writes of a normal close; one whose connections some work still holds is shut down
     * under that work.
     */
    @Override
    public void close() {
        if (isDamaged()) {
            closeWithoutWriting();
        } else {
            reuseSpaceForClosing();
        }
        pool.dispose();
        if (pool.getActiveConnections() > 1 && !isDamaged()) {
            execute(keeper, "SHUTDOWN"); // work still holds a connection (a scan being stopped): close under it
        }
        try {
            keeper.close();
        } catch (SQLException | RuntimeException ignored) {
            // already closed by a shutdown above
        }
        lock.close();
    }

    /**
     * Closes H2's file store before anything else can write: the SQL command SHUTDOWN IMMEDIATELY alone was seen
     * to append a chunk to the file, and even an ending session writes (H2 removes its temporary LOBs). Then
     * SHUTDOWN IMMEDIATELY lets H2 forget the database, so it can be opened again after a restore.
     */
    private void closeWithoutWriting() {
        try {
            mvStore().closeImmediately();
        } catch (SQLException | RuntimeException e) {
            // not the H2 we know: the SQL command below is the next best thing
        }
        execute(keeper, "SHUTDOWN IMMEDIATELY");
    }

    /**
     * The store appends while it is open (REUSE_SPACE=FALSE, see {@link #URL_OPTIONS}); letting H2 reuse space now
     * lets its compaction on close move data into the gaps and shrink the file, as it did before. The close ends
     * with a header that names the last commit, so a crash after it loses nothing.
     */
    private void reuseSpaceForClosing() {
        try {
            mvStore().setReuseSpace(true);
        } catch (SQLException | RuntimeException e) {
            // not the H2 we know: the file is only not shrunk this time
        }
    }

    private MVStore mvStore() throws SQLException {
        SessionLocal session = (SessionLocal) keeper.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    private static Connection keeper(JdbcConnectionPool pool, Path file) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(e, file), e);
        }
    }

    private static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException | RuntimeException ignored) {
            // already closed; nothing is left to do
        }
    }

    private static Path file(Path directory) {
        return directory.resolve(FILE_BASE + ".mv.db");
    }

    /**
     * A database file without write permission would fail on the first save, long after the window opened; it is
     * refused at once instead. The owner's write bit is checked too, because for root every file is writable.
     */
    private static void refuseReadOnlyFile(Path file) {
        boolean writable = Files.isWritable(file);
        try {
            writable &= Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows and the like: Files.isWritable is all there is
        }
        if (!writable) {
            throw new StoreUnavailableException("The database file " + file + " is read-only. Make it writable"
                    + " (for example chmod u+w " + file.getFileName() + "), or copy the data directory somewhere you"
                    + " can write and use --data-dir. The file was left untouched.");
        }
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
            refuseNewerSchema(flyway(readOnly), directory);
            IntegrityScan.run(readOnly, file);
        } catch (FlywayException e) {
            if (StoreDamage.isDamage(e)) {
                throw new StoreDamagedException(damagedMessage(file, StoreDamage.PART_UNREADABLE), e);
            }
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
        if (StoreDamage.isDamage(e)) {
            return "The database " + file + " is damaged (" + StoreDamage.PART_UNREADABLE + ")."
                    + " Restore from a backup (the backups folder beside it holds copies made before upgrades),"
                    + " or use another data directory." + untouched;
        }
        return switch (e.getErrorCode()) {
            case 90020 -> "The database " + file + " is in use by another program. Close it and try again." + untouched;
            case 90030, 90031 -> "The database " + file + " is damaged and cannot be read. Restore from a backup"
                    + " (the backups folder beside it holds copies made before upgrades), or use another data directory."
                    + untouched;
            case 90048 -> "The database " + file + " was written by an H2 version this workbench cannot read." + untouched;
            case 90049 -> "The database " + file + " is encrypted with a password this workbench does not have." + untouched;
            default -> "The database " + file + " cannot be opened: " + firstLine(e.getMessage()) + "." + untouched;
        };
    }

    /** Flyway over the SQL migrations and the Java ones; the read-only check must know both, or it sees "future". */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .javaMigrations(new ContentChecksumsMigration())
                .load();
    }

    private static void migrate(JdbcConnectionPool pool, Path directory) {
        Flyway flyway = flyway(pool);
        try {
            refuseNewerSchema(flyway, directory);
            boolean hasApplied = flyway.info().applied().length > 0;
            boolean hasPending = flyway.info().pending().length > 0;
            if (hasApplied && hasPending) {
                backup(pool, directory);
            }
            if (hasPending) {
                flyway.migrate(); // only then: even with nothing to do, migrate() writes to the file
            }
            try (Connection c = pool.getConnection()) {
                StoreTables.record(c);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(e, directory.resolve(FILE_BASE + ".mv.db")), e);
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
