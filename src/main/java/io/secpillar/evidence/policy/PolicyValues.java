package io.secpillar.evidence.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The concrete values a policy mentions, gathered once to build the callers, actions and resources to try. */
final class PolicyValues {

    private PolicyValues() {
    }

    /** Values of the conditions on any of {@code keys}, each as written and with its wildcards filled in. */
    static Set<String> conditionValues(PolicyDocument policy, Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement s : policy.statements()) {
            for (Condition c : s.conditions()) {
                if (keys.contains(c.normalizedKey())) {
                    c.values().forEach(v -> out.addAll(instances(v)));
                }
            }
        }
        return out;
    }

    static Set<String> principals(PolicyDocument policy, PrincipalType type) {
        Set<String> out = new LinkedHashSet<>();
        policy.statements().forEach(s -> s.principal().ifPresent(p -> out.addAll(p.of(type))));
        return out;
    }

    static Set<String> actions(PolicyDocument policy) {
        Set<String> out = new LinkedHashSet<>();
        policy.statements().forEach(s -> s.action().patterns().forEach(a -> out.addAll(instances(a))));
        out.add(Fresh.ACTION);
        return out;
    }

    /** The resources to try; empty for a trust policy, which names none. */
    static Set<String> resources(PolicyDocument policy, String partition) {
        Set<String> out = new LinkedHashSet<>();
        policy.statements().forEach(s -> s.resource().ifPresent(r -> r.patterns().stream()
                .filter(p -> !Wildcards.hasVariable(p)).forEach(p -> out.addAll(instances(p)))));
        if (policy.statements().stream().anyMatch(s -> s.resource().isPresent())) {
            out.add(Fresh.resource(partition));
        }
        return out;
    }

    static List<String> instances(String pattern) {
        return List.copyOf(new LinkedHashSet<>(List.of(pattern, Fresh.instance(pattern, true),
                Fresh.instance(pattern, false))));
    }

    /** The account field of an ARN, or null. */
    static String arnAccount(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts[4] : null;
    }
}
