package io.secpillar.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads the IAM Identity Center access token that {@code aws sso login} leaves in {@code ~/.aws/sso/cache}. The
 * file is named after the SHA-1 of the session name ({@code sso_session}) or, for legacy profiles, of the start
 * URL. We never log in ourselves: a missing or expired token means the user runs the CLI again.
 */
final class SsoTokenCache {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final Clock clock;

    SsoTokenCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The cached token for the key, if present and valid for at least another minute. */
    Optional<String> validToken(String cacheKey) {
        Path file = directory.resolve(sha1(cacheKey) + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String token = node.path("accessToken").asText("");
            Optional<Instant> expires = expiry(node.path("expiresAt").asText(""));
            if (token.isBlank() || expires.isEmpty() || !expires.get().isAfter(clock.instant().plusSeconds(60))) {
                return Optional.empty();
            }
            return Optional.of(token);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable cache file is as good as none: log in again
        }
    }

    /** "2026-11-30T10:00:00Z", or the older CLI's "2026-11-30T10:00:00UTC". */
    private static Optional<Instant> expiry(String text) {
        try {
            return Optional.of(Instant.parse(text.endsWith("UTC") ? text.substring(0, text.length() - 3) + "Z" : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String sha1(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
