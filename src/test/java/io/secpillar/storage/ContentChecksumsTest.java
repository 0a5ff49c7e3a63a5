package io.secpillar.storage;

import io.secpillar.app.Services;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SHA-256 fingerprints: the helper, their backfill for stores from before V40, and the opening checks around them. */
class ContentChecksumsTest {

    @TempDir
    Path dir;

    @Test
    void fingerprintsAreSha256AndFieldBoundariesCount() throws Exception {
        assertThat(ContentChecksum.of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentChecksum.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(ContentChecksum.of("abc".getBytes(StandardCharsets.US_ASCII)));
        assertThat(ContentChecksum.of("ab", "c")).isNotEqualTo(ContentChecksum.of("a", "bc"));
        assertThat(ContentChecksum.of("a", null)).isNotEqualTo(ContentChecksum.of("a", ""));
        assertThat(ContentChecksum.matches(null, ContentChecksum.of("x"))).isFalse();
        assertThat(ContentChecksum.matches(ContentChecksum.of("x").toUpperCase(), ContentChecksum.of("x"))).isTrue();
    }

    @Test
    void aStoreFromBeforeTheFingerprintsGetsThemOnUpgrade() throws Exception {
        Files.createDirectories(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("secpillar"), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("2").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO lens VALUES ('custom-x', 'v1', 'CUSTOM', 'X lens', '{\"é\":\"✓\"}', '', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO evidence_run (profiles, account_ids, regions, started_at, state, catalog_version)"
                        + " VALUES ('p', '111122223333', 'eu-west-1', CURRENT_TIMESTAMP, 'COMPLETED', 'c')");
                s.execute("INSERT INTO evidence_result (run_id, check_id, status, reason, account_id, region, resource_id,"
                        + " observed, proof, best_practices) VALUES (1, 'c1', 'PASS', 'fine — ✓', '111122223333',"
                        + " 'eu-west-1', 'arn:x', '{}', 'proof\nline', 'SEC01-BP01')");
            }
        } finally {
            pool.dispose();
        }

        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT " + RowChecksums.LENS_COLUMNS + ", content_sha256 FROM lens")) {
                rs.next();
                assertThat(rs.getString("content_sha256")).isEqualTo(RowChecksums.lens("custom-x", "v1", "CUSTOM",
                        "X lens", "{\"é\":\"✓\"}", ""));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, " + RowChecksums.RESULT_COLUMNS + ", content_sha256 FROM evidence_result")) {
                rs.next();
                assertThat(rs.getString("content_sha256")).isEqualTo(RowChecksums.result(rs)).hasSize(64);
            }
        }
        assertThat(dir.resolve("backups")).isDirectoryContaining("glob:**secpillar-before-upgrade-*.zip");
    }

    @Test
    void aReadOnlyDatabaseFileIsRefusedWithASentenceAndLeftAsItWas() throws Exception {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.demo().create();
        }
        Path file = dir.resolve("secpillar.mv.db");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessage("The database file " + file + " is read-only. Make it writable (for example chmod u+w"
                            + " secpillar.mv.db), or copy the data directory somewhere you can write and use --data-dir."
                            + " The file was left untouched.");
            assertThat(java.util.Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void closingLeavesNoErrorsInH2sTraceFile() throws Exception {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.demo().create();
            services.evidence().runs();
        }
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.reviews().workloads();
        }
        Path trace = dir.resolve("secpillar.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("Exception");
    }
}
