package io.secpillar.evidence.checks.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads IAM policy documents. A statement grants full administrative access when it allows the action "*" on
 * the resource "*" (each may be a string or a list); conditions are not weighed, since a condition does not
 * make such a grant any narrower in what it lets a holder do.
 */
final class PolicyDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PolicyDocuments() {
    }

    /** The statements of the document that allow "*" on "*", as compact JSON; empty when there are none. */
    static List<String> administrativeStatements(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the policy document is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode statements = root.path("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements.isObject()) {
            list.add(statements);
        }
        return list.stream().filter(PolicyDocuments::allowsEverything).map(JsonNode::toString).toList();
    }

    private static boolean allowsEverything(JsonNode statement) {
        return "Allow".equals(statement.path("Effect").asText())
                && containsStar(statement.path("Action"))
                && containsStar(statement.path("Resource"));
    }

    private static boolean containsStar(JsonNode node) {
        if (node.isTextual()) {
            return "*".equals(node.asText());
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isTextual() && "*".equals(item.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
