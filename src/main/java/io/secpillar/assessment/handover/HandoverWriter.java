package io.secpillar.assessment.handover;

import io.secpillar.assessment.IoProblems;
import io.secpillar.assessment.Sha256;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a hand-over file: the ZIP content first (hashed as it is written) to a part file beside the target, then
 * the header and the content to a second part file that replaces the target in one move, so a reader never sees a
 * half-written file and a failure leaves the target as it was.
 */
final class HandoverWriter {

    private HandoverWriter() {
    }

    static String write(Path out, HandoverContent content, Map<String, byte[]> attachments) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path zip = null;
        Path part = null;
        if (dir == null || !Files.isDirectory(dir)) {
            throw new HandoverFileException("Cannot write " + target + ": the folder " + dir + " does not exist."
                    + " Nothing was exported.");
        }
        if (!Files.isWritable(dir)) {
            throw new HandoverFileException("Cannot write " + target + ": the folder " + dir + " is not writable."
                    + " Nothing was exported.");
        }
        try {
            zip = Files.createTempFile(dir, ".secpillar-", ".zip.part");
            MessageDigest digest = Sha256.digest();
            long length;
            try (OutputStream file = Files.newOutputStream(zip);
                 DigestOutputStream hashed = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), digest);
                 ZipOutputStream z = new ZipOutputStream(hashed, StandardCharsets.UTF_8)) {
                z.putNextEntry(new ZipEntry(HandoverFormat.CONTENT_ENTRY));
                HandoverFormat.WRITER.writeValue(z, content);
                z.closeEntry();
                for (Map.Entry<String, byte[]> a : attachments.entrySet()) {
                    z.putNextEntry(new ZipEntry(HandoverFormat.ATTACHMENT_PREFIX + a.getKey()));
                    z.write(a.getValue());
                    z.closeEntry();
                }
            }
            length = Files.size(zip);
            String sha = Sha256.hex(digest);
            byte[] header = (HandoverFormat.WRITER.writeValueAsString(new HandoverFormat.Header(HandoverFormat.FORMAT,
                    HandoverFormat.SCHEMA_VERSION, length, sha)) + "\n").getBytes(StandardCharsets.UTF_8);
            part = Files.createTempFile(dir, ".secpillar-", ".part");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                o.write(header);
                Files.copy(zip, o);
            }
            move(part, target);
            return sha;
        } catch (IOException | RuntimeException e) {
            throw new HandoverFileException("Cannot write " + target + " (" + reason(e) + "). Nothing was exported.", e);
        } finally {
            deleteQuietly(zip);
            deleteQuietly(part);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(Exception e) {
        if (e instanceof IOException io) {
            return IoProblems.describe(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray part file in the target folder is all that is left; it holds nothing the target does not
            }
        }
    }
}
