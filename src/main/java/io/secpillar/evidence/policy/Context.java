package io.secpillar.evidence.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request context as far as the analyzer knows it: some keys have values, some are known to be absent, and
 * every other key is unknown (a condition on it can only be answered UNKNOWN). Keys are stored lower case.
 */
final class Context {

    enum State { PRESENT, ABSENT, UNKNOWN }

    private final Map<String, List<String>> values;
    private final Set<String> absent;

    private Context(Map<String, List<String>> values, Set<String> absent) {
        this.values = values;
        this.absent = absent;
    }

    static Context empty() {
        return new Context(Map.of(), Set.of());
    }

    State state(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return values.containsKey(k) ? State.PRESENT : absent.contains(k) ? State.ABSENT : State.UNKNOWN;
    }

    List<String> values(String key) {
        return values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    Context with(String key, List<String> value) {
        Map<String, List<String>> v = new HashMap<>(values);
        Set<String> a = new HashSet<>(absent);
        String k = key.toLowerCase(Locale.ROOT);
        a.remove(k);
        v.put(k, List.copyOf(value));
        return new Context(v, a);
    }

    Context withAbsent(String key) {
        Map<String, List<String>> v = new HashMap<>(values);
        Set<String> a = new HashSet<>(absent);
        String k = key.toLowerCase(Locale.ROOT);
        v.remove(k);
        a.add(k);
        return new Context(v, a);
    }

    /** A value of {@code null} means absent. */
    Context withValue(String key, String value) {
        return value == null ? withAbsent(key) : with(key, List.of(value));
    }

    Context plus(Context other) {
        Context out = this;
        for (var e : other.values.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        for (String k : other.absent) {
            out = out.withAbsent(k);
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=')
                .append(v.size() == 1 ? v.get(0) : v));
        return b.toString();
    }
}
