package io.secpillar.assessment.handover;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.attachment.AttachmentService;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a hand-over file in one pass and checks its integrity before anything in it is believed: the header, the
 * content's length and SHA-256, the ZIP's own checksums, the entries expected and no others, then the JSON.
 * Every way a file can be wrong ends in a {@link HandoverFileException} with a sentence saying which.
 */
final class HandoverReader {

    private static final String NOTHING = " Nothing was changed.";

    private HandoverReader() {
    }

    static HandoverPackage read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            HandoverFormat.Header header = header(in, file);
            MessageDigest digest = Sha256.digest();
            Counting counted = new Counting(new DigestInputStream(in, digest));
            byte[] json = null;
            Map<String, byte[]> attachments = new HashMap<>();
            Exception broken = null;
            try {
                ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals(HandoverFormat.CONTENT_ENTRY) && json == null) {
                        json = zip.readAllBytes();
                    } else if (isAttachment(e.getName()) && !attachments.containsKey(sha(e.getName()))) {
                        attachments.put(sha(e.getName()), bounded(zip, e.getName()));
                    } else {
                        throw new HandoverFileException(file + " holds an unexpected part \"" + e.getName()
                                + "\": it is not a hand-over file this version wrote, or it was altered." + NOTHING);
                    }
                }
            } catch (IOException | RuntimeException e) {
                broken = e;
            }
            counted.transferTo(OutputSink.INSTANCE);
            integrity(file, header, counted.count, Sha256.hex(digest));
            if (broken instanceof HandoverFileException h) {
                throw h;
            }
            if (broken != null || json == null) {
                throw new HandoverFileException(file + " is damaged: its content cannot be unpacked ("
                        + (broken == null ? "review.json is missing" : HandoverWriter.reason(broken)) + ")." + NOTHING, broken);
            }
            HandoverContent content = parse(file, json);
            if (content.schemaVersion() != header.schemaVersion()) {
                throw new HandoverFileException(file + " is inconsistent: its header says schema " + header.schemaVersion()
                        + " but its content says " + content.schemaVersion() + "." + NOTHING);
            }
            return new HandoverPackage(header.contentSha256(), content, attachments);
        } catch (NoSuchFileException e) {
            throw new HandoverFileException("There is no file " + file + "." + NOTHING, e);
        } catch (AccessDeniedException e) {
            throw new HandoverFileException(file + " cannot be read: permission denied." + NOTHING, e);
        } catch (IOException e) {
            throw new HandoverFileException(file + " cannot be read: " + HandoverWriter.reason(e) + "." + NOTHING, e);
        }
    }

    private static HandoverFormat.Header header(InputStream in, Path file) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
            if (line.size() > HandoverFormat.MAX_HEADER) {
                break;
            }
        }
        String text = line.toString(StandardCharsets.UTF_8);
        String notOurs = file + " is not a SecPillar hand-over file (" + HandoverFormat.EXTENSION + ")." + NOTHING;
        if (!text.startsWith("{\"format\":\"" + HandoverFormat.FORMAT + "\"")) {
            throw new HandoverFileException(line.size() == 0 ? file + " is empty." + NOTHING : notOurs);
        }
        if (b != '\n') {
            throw new HandoverFileException(file + " is truncated or damaged: its header does not end." + NOTHING);
        }
        HandoverFormat.Header header;
        try {
            header = HandoverFormat.STRICT.readValue(text, HandoverFormat.Header.class);
        } catch (JsonProcessingException e) {
            throw new HandoverFileException(file + " is damaged: its header cannot be read (" + e.getOriginalMessage()
                    + ")." + NOTHING, e);
        }
        if (header.schemaVersion() > HandoverFormat.SCHEMA_VERSION) {
            throw new HandoverFileException(file + " was written by a newer version of SecPillar Workbench (hand-over"
                    + " schema " + header.schemaVersion() + "; this version reads up to " + HandoverFormat.SCHEMA_VERSION
                    + "). Update the workbench to import it." + NOTHING);
        }
        if (header.schemaVersion() < 1 || header.contentLength() < 0 || !Sha256.isHash(header.contentSha256())) {
            throw new HandoverFileException(file + " is damaged: its header holds impossible values." + NOTHING);
        }
        return header;
    }

    private static void integrity(Path file, HandoverFormat.Header header, long length, String sha) {
        if (length < header.contentLength()) {
            throw new HandoverFileException(file + " is truncated: " + length + " of " + header.contentLength()
                    + " bytes of content are there. Ask for the file again." + NOTHING);
        }
        if (length > header.contentLength()) {
            throw new HandoverFileException(file + " was altered: it has " + (length - header.contentLength())
                    + " bytes more than it was written with." + NOTHING);
        }
        if (!sha.equals(header.contentSha256())) {
            throw new HandoverFileException(file + " was altered or damaged after it was written: its content no longer"
                    + " matches its SHA-256 (" + header.contentSha256() + ")." + NOTHING);
        }
    }

    private static HandoverContent parse(Path file, byte[] json) {
        try {
            return HandoverFormat.STRICT.readValue(json, HandoverContent.class);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new HandoverFileException(file + " is malformed: its review cannot be read (" + firstLine(why) + ")."
                    + NOTHING, e);
        }
    }

    private static boolean isAttachment(String name) {
        return name.startsWith(HandoverFormat.ATTACHMENT_PREFIX) && Sha256.isHash(sha(name));
    }

    private static String sha(String name) {
        return name.substring(HandoverFormat.ATTACHMENT_PREFIX.length());
    }

    private static byte[] bounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) AttachmentService.MAX_FILE_BYTES + 1);
        if (bytes.length > AttachmentService.MAX_FILE_BYTES) {
            throw new HandoverFileException("The attachment " + name + " is larger than 50 MB." + NOTHING);
        }
        return bytes;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown reason";
        }
        int cut = s.indexOf('\n');
        return cut > 0 ? s.substring(0, cut) : s;
    }

    /** Counts the bytes that pass, so a truncated or padded file is told apart from an altered one. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public void close() {
            // the file is closed by its owner; a ZipInputStream must not close it before the rest is hashed
        }
    }

    /** Discards what is read after the ZIP's last entry (its directory), which still counts for the hash. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
