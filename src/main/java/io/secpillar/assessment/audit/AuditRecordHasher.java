package io.secpillar.assessment.audit;

import io.secpillar.assessment.Change;
import io.secpillar.assessment.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The canonical content of a record and its hash. The content is a compact JSON array, in this order:
 * {@code [sequence, at, kind, subject, summary, before, after, reviewer, osUser, previousHash]}; the sequence is a
 * number, everything else a string (at as ISO-8601 UTC with milliseconds, e.g. 2026-11-29T09:30:00.123Z). Strings
 * are escaped as Python's {@code json.dumps(..., ensure_ascii=False, separators=(",", ":"))} does, so anyone can
 * recompute a hash. The hash is SHA-256 over the UTF-8 bytes, 64 lowercase hex digits. The first record's
 * predecessor is 64 zeros.
 */
public final class AuditRecordHasher {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest digest = Sha256.digest();
    /** The canonical content as UTF-8, written straight into bytes: a trail of 100,000 records is hashed in one pass. */
    private byte[] buffer = new byte[4096];
    private int length;

    /** The record for a change, sealed onto the chain after {@code head}. Times keep milliseconds (what is stored). */
    public AuditRecord seal(ChainHead head, Instant at, Change change, String reviewer, String osUser) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        AuditRecord unsealed = new AuditRecord(head.records() + 1, when, change.kind(), change.subject(),
                change.summary(), change.before(), change.after(), reviewer, osUser, head.hash(), "");
        return withHash(unsealed);
    }

    public AuditRecord withHash(AuditRecord r) {
        return new AuditRecord(r.sequence(), r.at(), r.kind(), r.subject(), r.summary(), r.before(), r.after(),
                r.reviewer(), r.osUser(), r.previousHash(), hash(r));
    }

    /** The hash the record should carry, from its content (whatever hash it carries now). */
    public String hash(AuditRecord r) {
        encode(r);
        digest.update(buffer, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The canonical content as text (what {@link #hash} hashes, as UTF-8). */
    public String canonical(AuditRecord r) {
        encode(r);
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * Always three fraction digits (Instant.toString drops zero fractions, which would make the text ambiguous).
     * Written by hand for the years people use: a formatter per record was a tenth of a long verification.
     */
    public static String instant(Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return MILLIS.format(at.truncatedTo(ChronoUnit.MILLIS));
        }
        char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(c, 0, t.getYear(), 4);
        digits(c, 5, t.getMonthValue(), 2);
        digits(c, 8, t.getDayOfMonth(), 2);
        digits(c, 11, t.getHour(), 2);
        digits(c, 14, t.getMinute(), 2);
        digits(c, 17, t.getSecond(), 2);
        digits(c, 20, at.getNano() / 1_000_000, 3);
        return new String(c);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private void encode(AuditRecord r) {
        length = 0;
        ascii("[" + r.sequence());
        string(instant(r.at()));
        string(r.kind().name());
        string(r.subject());
        string(r.summary());
        string(r.before());
        string(r.after());
        string(r.reviewer());
        string(r.osUser());
        string(r.previousHash());
        ascii("]");
    }

    /** Appends {@code ,"…"}: the string escaped as JSON and encoded as UTF-8 (a lone surrogate becomes '?'). */
    private void string(String s) {
        room(s.length() * 4 + 3);
        buffer[length++] = ',';
        buffer[length++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"' || c == '\\' || c < 0x20) {
                    escape(c);
                } else {
                    buffer[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[length++] = (byte) (0xC0 | (c >> 6));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[length++] = (byte) (0xF0 | (cp >> 18));
                buffer[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[length++] = '?';
            } else {
                buffer[length++] = (byte) (0xE0 | (c >> 12));
                buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        buffer[length++] = '"';
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            case '\b' -> ascii("\\b");
            case '\f' -> ascii("\\f");
            default -> {
                ascii("\\u00");
                buffer[length++] = HEX[c >> 4];
                buffer[length++] = HEX[c & 0xF];
            }
        }
    }

    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buffer[length++] = (byte) s.charAt(i);
        }
    }

    private void room(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
