package io.secpillar.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A database that cannot be opened gets a clear message and its file is never touched. */
class UnopenableStoreTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsReportedAndLeftAsItWas() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Path file = dir.resolve("secpillar.mv.db");
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("The file was left untouched.");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        // and the directory is usable again after the failure (the lock was released)
        Files.delete(file);
        Database.open(dir).close();
    }

    @Test
    void aSchemaFromANewerVersionIsRefusedWithoutChanges() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES"
                    + " (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'SA', 1, TRUE)");
        }
        Path file = dir.resolve("secpillar.mv.db");
        long sizeBefore = Files.size(file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("was written by a newer version of SecPillar Workbench (schema 99)")
                .hasMessageContaining("left untouched");
        assertThat(Files.size(file)).isEqualTo(sizeBefore);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anUnwritableDirectoryIsReported() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assertThatThrownBy(() -> Database.open(locked)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("is not writable");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReported() throws Exception {
        Path aFile = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Database.open(aFile.resolve("sub")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Cannot create the data directory");
    }
}
