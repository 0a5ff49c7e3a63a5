package io.secpillar.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A short, stable name for the set of checks and the mapping a run used ("42 checks #1a2b3c4d"), stored with
 * the run so two runs made with different catalogs can be told apart.
 */
public final class CatalogVersion {

    private CatalogVersion() {
    }

    public static String of(List<Check<?>> checks, CheckMapping mapping) {
        StringBuilder text = new StringBuilder();
        checks.stream().map(c -> c.metadata().id()).sorted().forEach(id -> text.append(id).append('\n'));
        new TreeMap<>(mapping.asMap()).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return checks.size() + " checks #" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
