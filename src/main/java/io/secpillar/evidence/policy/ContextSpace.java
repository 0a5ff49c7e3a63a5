package io.secpillar.evidence.policy;

import inet.ipaddr.IPAddress;
import io.secpillar.evidence.policy.ConditionOperator.Kind;
import io.secpillar.evidence.policy.ConditionOperator.SetQualifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contexts a caller can bring: for every caller-chosen key the policy tests, the values on each side of
 * every boundary the policy draws (each listed value, a value matching each pattern, one just below and above a
 * number or a date, the first and last address of a range and their neighbours, a value named nowhere, and the
 * key missing). Trying each combination finds a request a policy lets through if there is one. Past
 * {@link #LIMIT} combinations the keys with most values are left unknown, which only makes answers less sure.
 */
final class ContextSpace {

    static final int LIMIT = 4096;

    private ContextSpace() {
    }

    /** Every combination of values of the policy's caller-chosen keys, except {@code fixed} keys. */
    static List<Context> of(PolicyDocument policy, Set<String> fixed) {
        Map<String, List<List<String>>> choices = new LinkedHashMap<>();
        Map<String, List<Condition>> byKey = new LinkedHashMap<>();
        for (Statement s : policy.statements()) {
            for (Condition c : s.conditions()) {
                String key = c.normalizedKey();
                if (ConditionKeys.kind(key) == ConditionKeys.Kind.CALLER && !fixed.contains(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            }
        }
        byKey.forEach((key, conditions) -> choices.put(key, values(conditions)));
        while (product(choices) > LIMIT) {
            String widest = choices.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                    .orElseThrow().getKey();
            choices.remove(widest);
        }
        List<Context> out = new ArrayList<>(List.of(Context.empty()));
        for (var e : choices.entrySet()) {
            List<Context> next = new ArrayList<>();
            for (Context c : out) {
                for (List<String> v : e.getValue()) {
                    next.add(v == null ? c.withAbsent(e.getKey()) : c.with(e.getKey(), v));
                }
            }
            out = next;
        }
        return out;
    }

    private static long product(Map<String, List<List<String>>> choices) {
        long n = 1;
        for (var v : choices.values()) {
            n *= v.size();
        }
        return n;
    }

    /** The candidate values of one key; null stands for the key missing. */
    private static List<List<String>> values(List<Condition> conditions) {
        Set<String> singles = new LinkedHashSet<>();
        boolean multi = false;
        for (Condition c : conditions) {
            multi |= c.operator().qualifier() != SetQualifier.NONE;
            for (String v : c.values()) {
                singles.addAll(around(c.operator().base().kind(), v));
            }
        }
        singles.add(Fresh.VALUE);
        List<List<String>> out = new ArrayList<>();
        out.add(null);
        singles.forEach(v -> out.add(List.of(v)));
        if (multi) {
            out.add(List.of());
            List<String> list = new ArrayList<>(singles);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    out.add(List.of(list.get(i), list.get(j)));
                }
            }
        }
        return out;
    }

    /** Values on both sides of what one policy value separates. */
    static List<String> around(Kind kind, String v) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case STRING, ARN, BINARY -> {
                out.add(v);
                out.add(Fresh.instance(v, true));
                out.add(Fresh.instance(v, false));
                out.add(v.toUpperCase(Locale.ROOT));
            }
            case BOOL -> out.addAll(List.of("true", "false"));
            case NUMERIC -> ConditionEvaluator.number(v).ifPresent(n -> {
                for (BigDecimal d : List.of(n, n.subtract(BigDecimal.ONE), n.add(BigDecimal.ONE),
                        n.subtract(new BigDecimal("0.5")), n.add(new BigDecimal("0.5")))) {
                    out.add(d.toPlainString());
                }
            });
            case DATE -> ConditionEvaluator.date(v).ifPresent(t -> {
                for (Instant i : List.of(t, t.minusSeconds(1), t.plusSeconds(1))) {
                    out.add(i.toString());
                }
            });
            case IP -> ConditionEvaluator.address(v).ifPresent(a -> out.addAll(edges(a)));
            case NULL -> out.add(Fresh.VALUE);
        }
        return out;
    }

    private static List<String> edges(IPAddress address) {
        IPAddress block = address.toPrefixBlock();
        IPAddress first = block.getLower().withoutPrefixLength();
        IPAddress last = block.getUpper().withoutPrefixLength();
        List<String> out = new ArrayList<>(List.of(first.toCanonicalString(), last.toCanonicalString()));
        IPAddress before = first.increment(-1);
        IPAddress after = last.increment(1);
        if (before != null) {
            out.add(before.toCanonicalString());
        }
        if (after != null) {
            out.add(after.toCanonicalString());
        }
        return out;
    }
}
