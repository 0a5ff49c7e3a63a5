package io.secpillar.evidence.checks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds, in a bucket policy, the statement that refuses plain-HTTP requests: Effect Deny, for every principal,
 * on all S3 actions, when aws:SecureTransport is false. Statements narrower than that (one action, one
 * principal) leave other requests free to use HTTP, so they do not count.
 */
final class SecureTransportStatement {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecureTransportStatement() {
    }

    /** The statement that enforces TLS, as JSON text; empty when there is none. */
    static Optional<String> find(String policy) throws java.io.IOException {
        JsonNode statements = JSON.readTree(policy).path("Statement");
        for (JsonNode s : statements.isArray() ? statements : List.of(statements)) {
            if ("Deny".equals(s.path("Effect").asText()) && everyone(s.path("Principal"))
                    && values(s.path("Action")).stream().anyMatch(a -> a.equals("*") || a.equalsIgnoreCase("s3:*"))
                    && insecureTransportDenied(s.path("Condition"))) {
                return Optional.of(s.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean everyone(JsonNode principal) {
        return "*".equals(principal.asText()) || values(principal.path("AWS")).contains("*");
    }

    /** Bool or BoolIfExists on aws:SecureTransport (keys are case-insensitive) with the value false. */
    private static boolean insecureTransportDenied(JsonNode condition) {
        return condition.properties().stream()
                .filter(op -> op.getKey().equals("Bool") || op.getKey().equals("BoolIfExists"))
                .flatMap(op -> op.getValue().properties().stream())
                .anyMatch(kv -> kv.getKey().equalsIgnoreCase("aws:SecureTransport")
                        && values(kv.getValue()).stream().anyMatch(v -> v.equalsIgnoreCase("false")));
    }

    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }
}
