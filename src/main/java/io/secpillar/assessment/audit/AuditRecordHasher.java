package io.secpillar.assessment.audit;

import io.secpillar.assessment.Change;
import io.secpillar.assessment.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

    private final MessageDigest digest = Sha256.digest();
    private final StringBuilder text = new StringBuilder(512);

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
        byte[] bytes = canonical(r).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    public String canonical(AuditRecord r) {
        text.setLength(0);
        text.append('[').append(r.sequence());
        string(instant(r.at()));
        string(r.kind().name());
        string(r.subject());
        string(r.summary());
        string(r.before());
        string(r.after());
        string(r.reviewer());
        string(r.osUser());
        string(r.previousHash());
        return text.append(']').toString();
    }

    /** Always three fraction digits (Instant.toString drops zero fractions, which would make the text ambiguous). */
    public static String instant(Instant at) {
        return MILLIS.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    private void string(String s) {
        text.append(",\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

}
