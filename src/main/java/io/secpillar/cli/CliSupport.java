package io.secpillar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** What the engagement commands share: printing JSON and days. */
final class CliSupport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CliSupport() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of plain values always serialise", e);
        }
    }

    static String day(java.time.Instant at) {
        return at.toString().substring(0, 10);
    }
}
