package io.secpillar.evidence.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the JSON grammar of a policy into {@link PolicyDocument}; every deviation is a parse error. */
final class PolicyJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
            "NotAction", "Resource", "NotResource", "Condition");

    private PolicyJson() {
    }

    static PolicyDocument read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PolicyParseException("the policy document is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PolicyParseException("the policy document is not a JSON object");
        }
        JsonNode version = root.get("Version");
        if (version != null && !version.isTextual()) {
            throw new PolicyParseException("Version must be a string");
        }
        JsonNode statements = root.get("Statement");
        if (statements == null || !(statements.isObject() || statements.isArray()) || statements.isEmpty()) {
            throw new PolicyParseException("the policy has no Statement object or list");
        }
        List<Statement> out = new ArrayList<>();
        for (JsonNode s : statements.isArray() ? statements : List.of(statements)) {
            out.add(statement(out.size(), s));
        }
        return new PolicyDocument(Optional.ofNullable(version).map(JsonNode::asText), out);
    }

    private static Statement statement(int index, JsonNode s) {
        String where = "statement " + (index + 1);
        if (!s.isObject()) {
            throw new PolicyParseException(where + " is not an object");
        }
        s.properties().stream().map(java.util.Map.Entry::getKey).forEach(k -> {
            if (!STATEMENT_KEYS.contains(k)) {
                throw new PolicyParseException(where + " has an unknown element \"" + k + "\"");
            }
        });
        JsonNode sid = s.get("Sid");
        if (sid != null && !sid.isTextual()) {
            throw new PolicyParseException(where + ": Sid must be a string");
        }
        String effectText = s.path("Effect").asText("");
        Effect effect = switch (effectText) {
            case "Allow" -> Effect.ALLOW;
            case "Deny" -> Effect.DENY;
            default -> throw new PolicyParseException(where + ": Effect must be Allow or Deny, not \"" + effectText + "\"");
        };
        PatternList action = pair(s, "Action", "NotAction", where)
                .orElseThrow(() -> new PolicyParseException(where + " has neither Action nor NotAction"));
        Optional<PatternList> resource = pair(s, "Resource", "NotResource", where);
        Optional<PrincipalList> principal = principal(s, where);
        return new Statement(index, Optional.ofNullable(sid).map(JsonNode::asText), effect, principal, action,
                resource, conditions(s.get("Condition"), where), s.toString());
    }

    private static Optional<PatternList> pair(JsonNode s, String name, String notName, String where) {
        JsonNode plain = s.get(name);
        JsonNode not = s.get(notName);
        if (plain != null && not != null) {
            throw new PolicyParseException(where + " has both " + name + " and " + notName);
        }
        if (plain == null && not == null) {
            return Optional.empty();
        }
        String element = plain != null ? name : notName;
        return Optional.of(new PatternList(not != null, strings(plain != null ? plain : not, where + ", " + element)));
    }

    private static Optional<PrincipalList> principal(JsonNode s, String where) {
        JsonNode plain = s.get("Principal");
        JsonNode not = s.get("NotPrincipal");
        if (plain != null && not != null) {
            throw new PolicyParseException(where + " has both Principal and NotPrincipal");
        }
        JsonNode node = plain != null ? plain : not;
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            if (!"*".equals(node.asText())) {
                throw new PolicyParseException(where + ": a Principal string must be \"*\"");
            }
            return Optional.of(new PrincipalList(not != null, true, Map.of()));
        }
        if (!node.isObject() || node.isEmpty()) {
            throw new PolicyParseException(where + ": Principal must be \"*\" or an object of principal kinds");
        }
        Map<PrincipalType, List<String>> values = new EnumMap<>(PrincipalType.class);
        node.properties().forEach(e -> {
            PrincipalType type = PrincipalType.ofJsonKey(e.getKey()).orElseThrow(() ->
                    new PolicyParseException(where + ": unknown principal kind \"" + e.getKey() + "\""));
            List<String> list = strings(e.getValue(), where + ", Principal " + e.getKey());
            for (String v : list) {
                if (!"*".equals(v) && (v.contains("*") || v.contains("?") && type == PrincipalType.AWS)) {
                    throw new PolicyParseException(where + ": a principal cannot hold a partial wildcard (" + v + ")");
                }
            }
            values.put(type, list);
        });
        return Optional.of(new PrincipalList(not != null, false, values));
    }

    private static List<Condition> conditions(JsonNode node, String where) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new PolicyParseException(where + ": Condition must be an object");
        }
        List<Condition> out = new ArrayList<>();
        node.properties().forEach(op -> {
            ConditionOperator operator = ConditionOperator.parse(op.getKey());
            if (!op.getValue().isObject() || op.getValue().isEmpty()) {
                throw new PolicyParseException(where + ": condition " + op.getKey() + " must map keys to values");
            }
            op.getValue().properties().forEach(kv -> out.add(new Condition(operator, kv.getKey(),
                    strings(kv.getValue(), where + ", condition " + op.getKey() + " " + kv.getKey()))));
        });
        return out;
    }

    /** A single value or a non-empty list of them; numbers and booleans are read as their text. */
    private static List<String> strings(JsonNode node, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (!(n.isTextual() || n.isNumber() || n.isBoolean())) {
                throw new PolicyParseException(where + " must hold strings");
            }
            out.add(n.asText());
        }
        if (out.isEmpty()) {
            throw new PolicyParseException(where + " is an empty list");
        }
        return out;
    }
}
