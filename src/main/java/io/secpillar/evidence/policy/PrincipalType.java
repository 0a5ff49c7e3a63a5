package io.secpillar.evidence.policy;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of principal a Principal or NotPrincipal element can name, with their JSON keys. */
public enum PrincipalType {
    AWS("AWS"), SERVICE("Service"), FEDERATED("Federated"), CANONICAL_USER("CanonicalUser");

    private final String jsonKey;

    PrincipalType(String jsonKey) {
        this.jsonKey = jsonKey;
    }

    public String jsonKey() {
        return jsonKey;
    }

    static Optional<PrincipalType> ofJsonKey(String key) {
        return Arrays.stream(values()).filter(t -> t.jsonKey.equals(key)).findFirst();
    }
}
