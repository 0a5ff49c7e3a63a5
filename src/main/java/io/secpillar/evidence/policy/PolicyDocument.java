package io.secpillar.evidence.policy;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A parsed IAM policy document: identity, resource (bucket, key, queue, topic, function, repository) or trust
 * policy. {@link #parse(String)} accepts the JSON as written or URL-encoded as IAM's API returns it, and refuses
 * anything outside the grammar with a {@link PolicyParseException}.
 */
public record PolicyDocument(Optional<String> version, List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public static PolicyDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PolicyParseException("the policy document is empty");
        }
        return PolicyJson.read(decodeIfEncoded(text.strip()));
    }

    /** IAM returns documents percent-encoded (RFC 3986, so '+' is a literal plus, never a space). */
    static String decodeIfEncoded(String text) {
        if (text.startsWith("{") || !text.contains("%")) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new PolicyParseException("the URL-encoded policy document ends inside an escape");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new PolicyParseException("the URL-encoded policy document has a bad escape at " + i);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
