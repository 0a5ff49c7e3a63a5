package io.secpillar.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 fingerprints of content kept for the long term (lens editions, evidence results, attachments), stored
 * beside it and compared when it is read back: H2 finds damage to its own page structure, but random bytes that
 * land inside a stored text read back without complaint. Hex is lower case, 64 characters.
 *
 * <p>For a new kind of content: store {@link #of(String...)} (or {@link #of(byte[])} / {@link #of(InputStream)}
 * for files) with it, and on reading call {@link Database#requireIntact(String, String, String)}, which marks the
 * store damaged and throws {@link StoreDamagedException} on a mismatch.
 */
public final class ContentChecksum {

    private ContentChecksum() {
    }

    /**
     * The fingerprint of several fields taken together. Each field is preceded by its length, so no choice of
     * field contents can make two different rows look alike; a null field counts as distinct from "".
     */
    public static String of(String... fields) {
        MessageDigest md = sha256();
        for (String field : fields) {
            if (field == null) {
                md.update(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
                continue;
            }
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            md.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            md.update(bytes);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The fingerprint of raw bytes (an attachment held in memory). */
    public static String of(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(Objects.requireNonNull(content, "content")));
    }

    /** The fingerprint of a stream read to its end (an attachment on disk); the caller closes the stream. */
    public static String of(InputStream in) throws IOException {
        MessageDigest md = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Whether the stored fingerprint matches the content read back. */
    public static boolean matches(String stored, String actual) {
        return stored != null && stored.equalsIgnoreCase(actual);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
