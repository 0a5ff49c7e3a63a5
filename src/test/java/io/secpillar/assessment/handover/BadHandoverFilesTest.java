package io.secpillar.assessment.handover;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secpillar.app.Services;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.Workload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of bad hand-over file is refused with a sentence that says what is wrong, and the store it was
 * imported into is exactly as it was, row for row.
 */
class BadHandoverFilesTest {

    @TempDir
    static Path dir;

    private static Services store;
    private static Path good;
    private static String untouched;

    @BeforeAll
    static void exportTheDemoIntoAStoreThatAlreadyHoldsOtherWork() throws Exception {
        good = dir.resolve("good.secpillar");
        try (Services source = Services.open(dir.resolve("source"), Clock.systemUTC())) {
            Workload w = source.demo().create();
            source.engagement().handover().export(w.id(), good);
        }
        store = Services.open(dir.resolve("target"), Clock.systemUTC());
        store.demo().create();
        untouched = StoreState.of(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void refused(Path file, String... words) throws Exception {
        assertThatThrownBy(() -> store.engagement().handover().importFile(file, true))
                .isInstanceOf(HandoverFileException.class)
                .hasMessageContainingAll(words)
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(StoreState.of(store)).isEqualTo(untouched);
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes() throws Exception {
        return Files.readAllBytes(good);
    }

    private static int headerLength(byte[] file) {
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                return i + 1;
            }
        }
        throw new IllegalStateException("no header");
    }

    /** A file with a correct header around the given content. */
    private static byte[] wrap(byte[] content, int schema) {
        String header = "{\"format\":\"secpillar-handover\",\"schemaVersion\":" + schema + ",\"contentLength\":"
                + content.length + ",\"contentSha256\":\"" + Sha256.hex(content) + "\"}\n";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(h, h.length + content.length);
        System.arraycopy(content, 0, out, h.length, content.length);
        return out;
    }

    @Test
    void theGoodFileImports() throws Exception {
        try (Services fresh = Services.open(dir.resolve("fresh"), Clock.systemUTC())) {
            assertThat(fresh.engagement().handover().importFile(good, false).workload().name()).isEqualTo("Claims Portal");
        }
    }

    @Test
    void aMissingEmptyOrForeignFileIsRefused() throws Exception {
        refused(dir.resolve("nope.secpillar"), "There is no file");
        refused(write("empty.secpillar", new byte[0]), "is empty");
        refused(write("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
                "is not a SecPillar hand-over file");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] all = bytes();
        refused(write("truncated.secpillar", Arrays.copyOf(all, all.length - 700)), "is truncated", "Ask for the file again");
        refused(write("header-only.secpillar", Arrays.copyOf(all, 40)), "truncated or damaged");
    }

    @Test
    void aFileFromANewerVersionIsRefused() throws Exception {
        byte[] all = bytes();
        byte[] content = Arrays.copyOfRange(all, headerLength(all), all.length);
        refused(write("newer.secpillar", wrap(content, 2)), "newer version of SecPillar Workbench", "schema 2",
                "Update the workbench");
    }

    @Test
    void oneChangedByteAnywhereIsRefused() throws Exception {
        byte[] all = bytes();
        int header = headerLength(all);
        List<Integer> places = new ArrayList<>(List.of(header + 10, (header + all.length) / 2, all.length - 5));
        for (int place : places) {
            byte[] altered = all.clone();
            altered[place] ^= 0x01;
            refused(write("altered-" + place + ".secpillar", altered), "altered or damaged", "SHA-256");
        }
        byte[] hashDigit = all.clone();
        int digit = new String(all, 0, header, StandardCharsets.UTF_8).indexOf("\"contentSha256\":\"") + 17;
        hashDigit[digit] = (byte) (hashDigit[digit] == 'a' ? 'b' : 'a');
        refused(write("altered-header.secpillar", hashDigit), "altered or damaged");
    }

    @Test
    void malformedContentIsRefused() throws Exception {
        refused(write("not-zip.secpillar", wrap("this is not a zip archive".getBytes(StandardCharsets.UTF_8), 1)),
                "is damaged", "cannot be unpacked");
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("review.json"));
            z.write("{\"schemaVersion\":1,\"workload\":".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        refused(write("bad-json.secpillar", wrap(zip.toByteArray(), 1)), "is malformed", "its review cannot be read");
    }

    @Test
    void contentAlteredWithARecomputedHashIsCaughtByItsAuditTrail() throws Exception {
        HandoverPackage pkg = HandoverReader.read(good);
        HandoverContent c = pkg.content();
        ((ObjectNode) c.answers().get(2).state()).put("notes", "Rewritten after the export");
        Path forged = dir.resolve("forged.secpillar");
        HandoverWriter.write(forged, c, Map.copyOf(pkg.attachments()));
        refused(forged, "cannot be imported", "its audit trail does not match its content", "the notes differ");
    }
}
