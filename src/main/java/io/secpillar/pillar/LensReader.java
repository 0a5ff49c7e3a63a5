package io.secpillar.pillar;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lens file in the AWS Well-Architected custom-lens format and validates it against the format's rules
 * (see LENS-FORMAT.md): JSON syntax with line and column, required and unknown fields, types, id rules and
 * uniqueness, length limits, counts, URLs and risk-rule conditions. Every problem carries its JSON path.
 */
public final class LensReader {

    /** The WA Tool refuses lens files above 500 KB. */
    public static final int MAX_BYTES = 500_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public LensReadResult read(byte[] bytes) {
        Problems problems = new Problems();
        if (bytes.length > MAX_BYTES) {
            problems.error("$", "the file has " + bytes.length + " bytes; a lens may have at most " + MAX_BYTES);
            return problems.result(Optional.empty());
        }
        Optional<String> text = decodeUtf8(bytes, problems);
        if (text.isEmpty()) {
            return problems.result(Optional.empty());
        }
        JsonNode root;
        try {
            root = JSON.readTree(text.get());
        } catch (JsonProcessingException e) {
            problems.error("$", syntaxMessage(e));
            return problems.result(Optional.empty());
        }
        if (root == null || root.isMissingNode()) {
            problems.error("$", "the file is empty");
            return problems.result(Optional.empty());
        }
        Optional<Lens> lens = new LensValidation(problems).lens(root);
        return problems.result(problems.hasErrors() ? Optional.empty() : lens);
    }

    private static Optional<String> decodeUtf8(byte[] bytes, Problems problems) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.warning("$", "the file starts with a UTF-8 byte order mark; it was ignored");
            offset = 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            problems.error("$", "the file is not valid UTF-8 text");
            return Optional.empty();
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            // Jackson's own limits (nesting depth, number and string lengths) guard the parser's stack and memory
            return "invalid JSON: " + e.getOriginalMessage().replaceAll(",\\s*from `[^`]*`", "")
                    .replace("  ", " ").strip();
        }
        String reason = e.getOriginalMessage();
        if (e instanceof JsonParseException && reason != null) {
            int cut = reason.indexOf('\n');
            reason = cut > 0 ? reason.substring(0, cut) : reason;
        }
        if (e.getLocation() != null) {
            return "invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + reason;
        }
        return "invalid JSON: " + reason;
    }

    /** Collects problems in order of discovery. */
    static final class Problems {
        private final List<LensProblem> list = new ArrayList<>();

        void error(String path, String message) {
            list.add(LensProblem.error(path, message));
        }

        void warning(String path, String message) {
            list.add(LensProblem.warning(path, message));
        }

        boolean hasErrors() {
            return list.stream().anyMatch(LensProblem::isError);
        }

        LensReadResult result(Optional<Lens> lens) {
            return new LensReadResult(lens, list);
        }
    }
}
