package io.secpillar.assessment.attachment;

import io.secpillar.app.Services;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files and links attached to best practices: stored with their hash, refused with a sentence, removed on record. */
class AttachmentServiceTest {

    @TempDir
    Path dir;

    private static Workload workload(Services s) {
        return s.reviews().create(new WorkloadDraft("Payments API", "", "", null, List.of(), List.of(), ""), s.lenses().bundled());
    }

    private static long rows(Services s, String table) throws Exception {
        try (Connection c = s.database().connection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFileIsKeptWithItsHashSizeAndWhoAttachedIt() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("IR plan v2.pdf"), bytes);
        try (Services s = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            Workload w = workload(s);
            AttachmentService attachments = s.engagement().attachments();
            Attachment a = attachments.attachFile(w.id(), "SEC10-BP02", file);
            assertThat(a.sha256()).contains(Sha256.hex(bytes));
            assertThat(a.size()).isEqualTo(bytes.length);
            assertThat(a.name()).isEqualTo("IR plan v2.pdf");
            assertThat(a.osUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(a.describe()).isEqualTo("“IR plan v2.pdf” (3.0 MB)");
            assertThat(attachments.content(a.id())).isEqualTo(bytes);
            Attachment same = attachments.attachFile(w.id(), "SEC10-BP03", file);
            assertThat(rows(s, "attachment_content")).isEqualTo(1);
            assertThat(attachments.forPractice(w.id(), a.questionId(), a.choiceId())).containsExactly(a);
            AuditRecord added = s.engagement().audit().latest(w.id(), 0, 1).get(0);
            assertThat(added.kind()).isEqualTo(ChangeKind.ATTACHMENT_ADDED);
            assertThat(added.summary()).contains("SEC10-BP03: attached “IR plan v2.pdf”", Sha256.hex(bytes));

            assertThat(attachments.removalQuestion(a.id())).startsWith("Remove “IR plan v2.pdf” (3.0 MB) from SEC10-BP02?");
            attachments.remove(a.id());
            assertThat(rows(s, "attachment_content")).isEqualTo(1);
            attachments.remove(same.id());
            assertThat(rows(s, "attachment_content")).isZero();
            assertThat(s.engagement().audit().latest(w.id(), 0, 1).get(0).kind()).isEqualTo(ChangeKind.ATTACHMENT_REMOVED);
            assertThat(s.engagement().verifier().verify(w.id()).ok()).isTrue();
        }
    }

    @Test
    void whatCannotBeAttachedIsRefusedAndNothingIsStored() throws Exception {
        Path big = dir.resolve("disk.img");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(AttachmentService.MAX_FILE_BYTES + 1);
        }
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        try (Services s = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            Workload w = workload(s);
            AttachmentService attachments = s.engagement().attachments();
            long records = s.engagement().audit().head(w.id()).records();
            assertThatThrownBy(() -> attachments.attachFile(w.id(), "SEC10-BP01", big))
                    .hasMessage("disk.img has 52,428,801 bytes; attachments can have at most 50 MB (52,428,800 bytes)."
                            + " Attach a link to where it is kept instead. Nothing was attached.");
            assertThatThrownBy(() -> attachments.attachFile(w.id(), "SEC10-BP01", empty)).hasMessageContaining("is empty");
            assertThatThrownBy(() -> attachments.attachFile(w.id(), "SEC10-BP01", dir)).hasMessageContaining("is a folder");
            assertThatThrownBy(() -> attachments.attachFile(w.id(), "SEC10-BP01", dir.resolve("gone.pdf")))
                    .hasMessageStartingWith("There is no file");
            assertThatThrownBy(() -> attachments.attachFile(w.id(), "SEC12-BP01", empty))
                    .hasMessageContaining("is not a best practice of this review's lens");
            assertThatThrownBy(() -> attachments.attachLink(w.id(), "SEC10-BP01", "file:///etc/passwd", null))
                    .hasMessageContaining("Only http and https links");
            assertThatThrownBy(() -> attachments.attachLink(w.id(), "SEC10-BP01", "https://", null))
                    .isInstanceOf(InvalidAttachmentException.class);
            assertThatThrownBy(() -> attachments.attachLink(w.id(), "SEC10-BP01", "https://alice:secret@wiki.example.com", null))
                    .hasMessageContaining("user name or password");
            assertThat(attachments.list(w.id())).isEmpty();
            assertThat(rows(s, "attachment_content")).isZero();
            assertThat(s.engagement().audit().head(w.id()).records()).isEqualTo(records);
        }
    }

    @Test
    void aStoredFileChangedBehindTheAppsBackIsNotHandedOut() throws Exception {
        Path file = Files.writeString(dir.resolve("training.csv"), "name,date\nAnna,2026-10-01\n");
        try (Services s = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            Workload w = workload(s);
            Attachment a = s.engagement().attachments().attachFile(w.id(), "SEC11-BP01", file);
            try (Connection c = s.database().connection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE attachment_content SET content = X'00'");
            }
            assertThatThrownBy(() -> s.engagement().attachments().content(a.id()))
                    .hasMessageContaining("no longer matches its SHA-256");
        }
    }
}
