package io.secpillar.evidence.policy;

import java.util.List;
import java.util.Locale;

/**
 * One operator/key pair of a Condition element with its values (any one of which may match, or, for a negated
 * operator, none of which may match). Key names are case-insensitive, so {@link #normalizedKey()} is lower case.
 */
public record Condition(ConditionOperator operator, String key, List<String> values) {

    public Condition {
        values = List.copyOf(values);
    }

    public String normalizedKey() {
        return key.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return operator.text() + " " + key + " " + (values.size() == 1 ? values.get(0) : values);
    }
}
