package io.secpillar.evidence.policy;

import java.util.List;
import java.util.Map;

/**
 * A Principal or NotPrincipal element. {@code everyone} is the bare {@code "*"}; {@code values} holds the
 * principals by kind ({@code "AWS": "*"} appears as the value "*" under {@link PrincipalType#AWS}).
 */
public record PrincipalList(boolean negated, boolean everyone, Map<PrincipalType, List<String>> values) {

    public PrincipalList {
        values = Map.copyOf(values);
    }

    public List<String> of(PrincipalType type) {
        return values.getOrDefault(type, List.of());
    }
}
