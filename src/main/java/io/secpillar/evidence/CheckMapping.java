package io.secpillar.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which checks bear on which best practice, keyed by the practice's label (SEC01-BP02). The mapping lives
 * only in {@code check-mapping.json}; a consistency test ties it to the lens and the check catalog.
 */
public final class CheckMapping {

    static final String RESOURCE = "check-mapping.json";

    private final Map<String, List<String>> checksByPractice;

    public CheckMapping(Map<String, List<String>> checksByPractice) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        checksByPractice.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.checksByPractice = Map.copyOf(copy);
    }

    private static volatile CheckMapping bundled;

    /** The shipped mapping, read once (it is asked for on every evidence refresh and report). */
    public static CheckMapping bundled() {
        CheckMapping mapping = bundled;
        if (mapping == null) {
            mapping = read();
            bundled = mapping;
        }
        return mapping;
    }

    private static CheckMapping read() {
        try (InputStream in = CheckMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            // Two helpers' lines for one practice must be merged by hand, never silently overwritten.
            Map<String, Object> raw = JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readValue(in, new TypeReference<>() { });
            Map<String, List<String>> map = new LinkedHashMap<>();
            raw.forEach((key, value) -> {
                if (!key.startsWith("_")) {
                    map.put(key, ((List<?>) value).stream().map(String::valueOf).toList());
                }
            });
            return new CheckMapping(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> checksFor(String practiceLabel) {
        return checksByPractice.getOrDefault(practiceLabel, List.of());
    }

    /** The practices a check bears on. */
    public Set<String> practicesFor(String checkId) {
        Set<String> practices = new TreeSet<>();
        checksByPractice.forEach((practice, checks) -> {
            if (checks.contains(checkId)) {
                practices.add(practice);
            }
        });
        return practices;
    }

    public Map<String, List<String>> asMap() {
        return checksByPractice;
    }
}
