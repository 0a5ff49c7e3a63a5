package io.secpillar.evidence.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A generated policy in the test's own model, rendered to JSON for the analyzer and read directly by the
 * oracle, so a parsing mistake in the analyzer cannot hide behind the oracle.
 */
record GenPolicy(List<Stmt> statements, boolean compact) {

    record Principal(boolean not, boolean star, Map<String, List<String>> values) {
    }

    record Cond(String operator, String key, List<String> values) {
    }

    /** {@code resources} null means no Resource element (a trust policy). */
    record Stmt(boolean allow, Principal principal, boolean notAction, List<String> actions, boolean notResource,
                List<String> resources, List<Cond> conditions) {

        /** JSON keeps one value list per operator and key, so a repeated pair keeps its first values. */
        Stmt {
            Map<String, Cond> kept = new java.util.LinkedHashMap<>();
            conditions.forEach(c -> kept.putIfAbsent(c.operator() + "|" + c.key(), c));
            conditions = List.copyOf(kept.values());
        }
    }

    String json() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(statement(statements.get(i), i));
        }
        String body = compact && out.size() == 1 ? out.get(0) : "[" + String.join(",", out) + "]";
        return "{\"Version\":\"2012-10-17\",\"Statement\":" + body + "}";
    }

    private String statement(Stmt s, int i) {
        List<String> parts = new ArrayList<>();
        parts.add("\"Sid\":\"S" + i + "\"");
        parts.add("\"Effect\":\"" + (s.allow() ? "Allow" : "Deny") + "\"");
        if (s.principal() != null) {
            Principal p = s.principal();
            String value = p.star() ? "\"*\"" : "{" + p.values().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + list(e.getValue())).collect(Collectors.joining(",")) + "}";
            parts.add((p.not() ? "\"NotPrincipal\":" : "\"Principal\":") + value);
        }
        parts.add((s.notAction() ? "\"NotAction\":" : "\"Action\":") + list(s.actions()));
        if (s.resources() != null) {
            parts.add((s.notResource() ? "\"NotResource\":" : "\"Resource\":") + list(s.resources()));
        }
        if (!s.conditions().isEmpty()) {
            Map<String, List<Cond>> byOp = s.conditions().stream().collect(Collectors.groupingBy(Cond::operator,
                    java.util.LinkedHashMap::new, Collectors.toList()));
            parts.add("\"Condition\":{" + byOp.entrySet().stream().map(e -> quote(e.getKey()) + ":{" + e.getValue()
                    .stream().collect(Collectors.toMap(Cond::key, c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
                    .values().stream().map(c -> quote(c.key()) + ":" + list(c.values())).collect(Collectors.joining(","))
                    + "}").collect(Collectors.joining(",")) + "}");
        }
        return "{" + String.join(",", parts) + "}";
    }

    private String list(List<String> values) {
        return compact && values.size() == 1 ? quote(values.get(0))
                : "[" + values.stream().map(GenPolicy::quote).collect(Collectors.joining(",")) + "]";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
