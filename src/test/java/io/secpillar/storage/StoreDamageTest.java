package io.secpillar.storage;

import io.secpillar.app.Services;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 4 KB of random bytes written over a real store (the demo workload with its evidence run) at every 2.5 % of the
 * file: each copy either opens and reads back exactly the clean content, or is refused as damaged (on opening or
 * when the damaged part is read), naming the restore, with its bytes exactly as they were before the attempt.
 * Nothing in between: no silently different content.
 */
class StoreDamageTest {

    @TempDir
    Path dir;

    record Outcome(int refused, int harmless) { }

    @Test
    void damageAnywhereIsRefusedAsDamageOrIsHarmlessNeverSilentlyDifferent() throws Exception {
        Path clean = dir.resolve("clean");
        try (Services services = Services.open(clean, Clock.systemUTC())) {
            services.demo().create();
        }
        String cleanDump = dump(clean);
        byte[] original = Files.readAllBytes(clean.resolve("secpillar.mv.db"));
        int refused = 0;
        int harmless = 0;
        for (int step = 1; step < 40; step++) {
            Path copy = Files.createDirectories(dir.resolve("damaged-" + step));
            byte[] damaged = original.clone();
            int offset = (int) ((long) damaged.length * step / 40);
            Random random = new Random(step);
            for (int i = 0; i < 4096 && offset + i < damaged.length; i++) {
                damaged[offset + i] = (byte) random.nextInt();
            }
            Path file = Files.write(copy.resolve("secpillar.mv.db"), damaged);
            String content;
            try {
                content = dump(copy);
            } catch (StoreUnavailableException e) {
                assertThat(e.getMessage()).as("damage at %d (%d %%)", offset, step * 5 / 2)
                        .contains("damaged", "Restore from a backup").doesNotContain("Exception");
                assertThat(Arrays.equals(Files.readAllBytes(file), damaged)).as("the refused file at %d is untouched", offset)
                        .isTrue();
                refused++;
                continue;
            }
            assertThat(content).as("a store damaged at %d that opens holds the clean content", offset).isEqualTo(cleanDump);
            harmless++;
        }
        assertThat(refused).as("damage inside the lens edition and the evidence results is found").isGreaterThan(5);
        System.out.printf("store damage: %d of 39 damaged copies refused as damaged, %d harmless (unused space)%n",
                refused, harmless);
    }

    /**
     * Every table's rows, in order, hashed: what a user could ever read from the store. The evidence results are
     * first read as the workbench reads them (opening leaves them to that), which checks each against its SHA-256.
     */
    private static String dump(Path dataDir) throws Exception {
        try (Database db = Database.open(dataDir)) {
            JdbcEvidenceRepository evidence = new JdbcEvidenceRepository(db);
            evidence.runs().forEach(run -> evidence.results(run.id()));
        }
        try (Database db = Database.open(dataDir); Connection c = db.connection(); Statement s = c.createStatement()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                    + " 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.stream().sorted().forEach(r -> md.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return tables + " " + HexFormat.of().formatHex(md.digest());
        }
    }

    @Test
    void aChangedEvidenceResultIsFoundWhenReadAndTheFileIsLeftAsFound() throws Exception {
        long runId;
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.demo().create();
            runId = services.evidence().runs().get(0).id();
            try (Connection c = services.database().connection(); Statement s = c.createStatement()) {
                // what random bytes inside a stored text look like to H2: a value that reads back fine
                s.executeUpdate("UPDATE evidence_result SET proof = 'tampered' WHERE id = (SELECT MIN(id) FROM evidence_result)");
            }
        }
        Path file = dir.resolve("secpillar.mv.db");
        byte[] before = Files.readAllBytes(file);
        // opening does not read evidence results (too many in a big store); reading them finds the change
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            assertThatThrownBy(() -> services.evidence().results(runId))
                    .isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining("no longer matches the SHA-256 it was saved with")
                    .hasMessageContaining("evidence result")
                    .hasMessageContaining("Restore from a backup");
            assertThat(services.database().isDamaged()).isTrue();
            assertThatThrownBy(() -> services.settings().put("x", "y")).isInstanceOf(StoreDamagedException.class);
            assertThatThrownBy(() -> services.reviews().workloads()).isInstanceOf(StoreDamagedException.class);
        }
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("opened, read and closed without writing").isTrue();
    }

    @Test
    void aChangedLensEditionIsFoundOnOpening() throws Exception {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.demo().create();
            try (Connection c = services.database().connection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE lens SET lens_json = REPLACE(lens_json, 'Security', 'Securxty')");
            }
        }
        byte[] before = Files.readAllBytes(dir.resolve("secpillar.mv.db"));
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("the stored lens edition")
                .hasMessageContaining("Restore from a backup");
        assertThat(Arrays.equals(Files.readAllBytes(dir.resolve("secpillar.mv.db")), before)).isTrue();
    }

    @Test
    void h2ErrorsThatMeanDamageAreToldApartFromOthers() {
        assertThat(StoreDamage.isDamage(new SQLException("File corrupted while reading record", "XX000", 90030))).isTrue();
        assertThat(StoreDamage.isDamage(new SQLException("General error", "HY000", 50000,
                new MVStoreException(DataUtils.ERROR_FILE_CORRUPT, "Unable to read the page at position 0x1")))).isTrue();
        assertThat(StoreDamage.isDamage(new SQLException("Database is already closed", "90121", 90121))).isFalse();
        assertThat(StoreDamage.isDamage(new SQLException("General error", "HY000", 50000,
                new MVStoreException(DataUtils.ERROR_WRITING_FAILED, "No space left on device")))).isFalse();
        assertThat(StoreDamage.detail(new SQLException("File corrupted while reading record: \"x\" [90030-252]\nmore")))
                .isEqualTo("File corrupted while reading record: \"x\"");
    }
}
