package io.secpillar.assessment.handover;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The hand-over file, byte by byte. Line one is a header, compact JSON ending in a line feed:
 * {@code {"format":"secpillar-handover","schemaVersion":1,"contentLength":N,"contentSha256":"…"}}. Everything after
 * that line feed is the content: a ZIP archive holding {@code review.json} ({@link HandoverContent}) and one entry
 * {@code attachments/<sha256>} per attached file. contentLength is the content's size in bytes and contentSha256
 * its SHA-256, so {@code tail -n +2 file.secpillar | sha256sum} checks it.
 */
public final class HandoverFormat {

    public static final String FORMAT = "secpillar-handover";
    /** The schema this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".secpillar";
    public static final String CONTENT_ENTRY = "review.json";
    public static final String ATTACHMENT_PREFIX = "attachments/";
    static final int MAX_HEADER = 4096;

    /** The header as JSON. */
    record Header(String format, int schemaVersion, long contentLength, String contentSha256) { }

    /** Writes compact JSON and leaves the stream it writes to open. */
    static final ObjectMapper WRITER = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** Refuses unknown fields, missing fields, nulls for numbers and anything after the value. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private HandoverFormat() {
    }
}
