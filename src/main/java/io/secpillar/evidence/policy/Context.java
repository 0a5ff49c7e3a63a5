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

    /** This context with every value and absence of {@code other} laid over it. */
    Context plus(Context other) {
        if (other.values.isEmpty() && other.absent.isEmpty()) {
            return this;
        }
        Map<String, List<String>> v = new HashMap<>(values);
        Set<String> a = new HashSet<>(absent);
        v.keySet().removeAll(other.absent);
        a.removeAll(other.values.keySet());
        v.putAll(other.values);
        a.addAll(other.absent);
        return new Context(v, a);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=')
                .append(v.size() == 1 ? v.get(0) : v));
        return b.toString();
    }
}
