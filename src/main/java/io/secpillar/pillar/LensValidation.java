package io.secpillar.pillar;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Walks a parsed lens tree, records every rule violation with its path, and builds the model. */
final class LensValidation {

    static final int MAX_TITLE = 128;
    static final int MAX_TEXT = 2048;
    static final int MAX_PILLARS = 10;
    static final int MAX_QUESTIONS = 20;
    static final int MAX_CHOICES = 15;
    static final int MAX_RULES = 3;
    static final int MAX_ADDITIONAL = 5;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{3,128}");

    private final LensReader.Problems problems;
    private final Map<String, String> questionIdPaths = new HashMap<>();

    LensValidation(LensReader.Problems problems) {
        this.problems = problems;
    }

    Optional<Lens> lens(JsonNode root) {
        if (!root.isObject()) {
            problems.error("$", "a lens must be a JSON object");
            return Optional.empty();
        }
        checkFields(root, "$", Set.of("schemaVersion", "name", "description", "pillars"), Set.of("ready"), true);
        String schema = requiredString(root, "$", "schemaVersion", 0, Integer.MAX_VALUE);
        if (schema != null && !schema.equals(Lens.SCHEMA_VERSION)) {
            problems.error("$.schemaVersion", "must be \"" + Lens.SCHEMA_VERSION + "\", found \"" + schema + "\"");
        }
        String name = requiredString(root, "$", "name", 1, MAX_TITLE);
        String description = requiredString(root, "$", "description", 0, MAX_TEXT);
        List<Pillar> pillars = new ArrayList<>();
        JsonNode pillarNodes = requiredArray(root, "$", "pillars", 1, MAX_PILLARS);
        Set<String> pillarIds = new HashSet<>();
        if (pillarNodes != null) {
            for (int i = 0; i < pillarNodes.size(); i++) {
                pillar(pillarNodes.get(i), "$.pillars[" + i + "]", pillarIds).ifPresent(pillars::add);
            }
        }
        return Optional.of(new Lens(Lens.SCHEMA_VERSION, nz(name), nz(description), pillars));
    }

    private Optional<Pillar> pillar(JsonNode node, String path, Set<String> pillarIds) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        checkFields(node, path, Set.of("id", "name", "questions"), Set.of(), false);
        String id = id(node, path, 64);
        if (id != null && !pillarIds.add(id)) {
            problems.error(path + ".id", "duplicate pillar id \"" + id + "\"");
        }
        String name = requiredString(node, path, "name", 1, MAX_TITLE);
        List<Question> questions = new ArrayList<>();
        JsonNode questionNodes = requiredArray(node, path, "questions", 1, MAX_QUESTIONS);
        if (questionNodes != null) {
            for (int i = 0; i < questionNodes.size(); i++) {
                question(questionNodes.get(i), path + ".questions[" + i + "]").ifPresent(questions::add);
            }
        }
        return Optional.of(new Pillar(nz(id), nz(name), questions));
    }

    private Optional<Question> question(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        checkFields(node, path, Set.of("id", "title", "description", "helpfulResource", "choices", "riskRules"),
                Set.of("url"), false);
        String id = id(node, path, 128);
        if (id != null) {
            String earlier = questionIdPaths.putIfAbsent(id, path);
            if (earlier != null) {
                problems.error(path + ".id", "duplicate question id \"" + id + "\" (also at " + earlier + ")");
            }
        }
        String title = requiredString(node, path, "title", 1, MAX_TITLE);
        String description = optionalString(node, path, "description", MAX_TEXT);
        Optional<Link> helpful = link(node, path, "helpfulResource", false);

        List<Choice> choices = new ArrayList<>();
        JsonNode choiceNodes = requiredArray(node, path, "choices", 1, Integer.MAX_VALUE);
        if (choiceNodes != null) {
            Set<String> choiceIds = new HashSet<>();
            for (int i = 0; i < choiceNodes.size(); i++) {
                choice(choiceNodes.get(i), path + ".choices[" + i + "]", choiceIds).ifPresent(choices::add);
            }
            long real = choices.stream().filter(c -> !c.isNoneOfThese()).count();
            long none = choices.size() - real;
            if (real > MAX_CHOICES) {
                problems.error(path + ".choices", "has " + real + " choices besides \"None of these\"; at most "
                        + MAX_CHOICES + " are allowed");
            }
            if (none > 1) {
                problems.warning(path + ".choices", "has " + none + " \"None of these\" choices (ids ending in _no);"
                        + " only the first is used");
            }
        }
        List<RiskRule> rules = riskRules(node, path, choices);
        return Optional.of(new Question(nz(id), nz(title), nz(description), helpful, choices, rules));
    }

    private Optional<Choice> choice(JsonNode node, String path, Set<String> choiceIds) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        checkFields(node, path, Set.of("id", "title", "helpfulResource", "improvementPlan", "additionalResources"),
                Set.of("description"), false);
        String id = id(node, path, 64);
        if (id != null && !choiceIds.add(id)) {
            problems.error(path + ".id", "duplicate choice id \"" + id + "\" in this question");
        }
        String title = requiredString(node, path, "title", 1, MAX_TITLE);
        boolean none = id != null && id.endsWith(Choice.NONE_SUFFIX);
        Optional<Link> helpful = link(node, path, "helpfulResource", false);
        Optional<Link> plan = link(node, path, "improvementPlan", !none);
        additionalResources(node, path);
        return Optional.of(new Choice(nz(id), nz(title), helpful, plan));
    }

    private void additionalResources(JsonNode node, String path) {
        JsonNode list = node.get("additionalResources");
        if (list == null) {
            return;
        }
        String listPath = path + ".additionalResources";
        if (!list.isArray()) {
            problems.error(listPath, "must be an array");
            return;
        }
        Set<String> types = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = listPath + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!isObject(item, itemPath)) {
                continue;
            }
            checkFields(item, itemPath, Set.of("type", "content"), Set.of(), false);
            String type = requiredString(item, itemPath, "type", 1, 64);
            if (type != null && !type.equals("HELPFUL_RESOURCE") && !type.equals("IMPROVEMENT_PLAN")) {
                problems.error(itemPath + ".type", "must be HELPFUL_RESOURCE or IMPROVEMENT_PLAN, found \"" + type + "\"");
            } else if (type != null && !types.add(type)) {
                problems.error(itemPath + ".type", "a choice may have only one additional resource of type " + type);
            }
            JsonNode content = requiredArray(item, itemPath, "content", 1, MAX_ADDITIONAL);
            if (content != null) {
                for (int j = 0; j < content.size(); j++) {
                    linkObject(content.get(j), itemPath + ".content[" + j + "]", false);
                }
            }
        }
    }

    private List<RiskRule> riskRules(JsonNode question, String path, List<Choice> choices) {
        List<RiskRule> rules = new ArrayList<>();
        JsonNode nodes = requiredArray(question, path, "riskRules", 1, MAX_RULES);
        if (nodes == null) {
            return rules;
        }
        Set<String> choiceIds = new HashSet<>();
        choices.forEach(c -> choiceIds.add(c.id()));
        EnumSet<LensRisk> seen = EnumSet.noneOf(LensRisk.class);
        int defaults = 0;
        for (int i = 0; i < nodes.size(); i++) {
            String rulePath = path + ".riskRules[" + i + "]";
            JsonNode node = nodes.get(i);
            if (!isObject(node, rulePath)) {
                continue;
            }
            checkFields(node, rulePath, Set.of("condition", "risk"), Set.of(), false);
            String conditionText = requiredString(node, rulePath, "condition", 1, Integer.MAX_VALUE);
            String riskText = requiredString(node, rulePath, "risk", 1, 64);
            LensRisk risk = null;
            if (riskText != null) {
                try {
                    risk = LensRisk.valueOf(riskText);
                    if (!seen.add(risk)) {
                        problems.error(rulePath + ".risk", riskText + " is used by more than one rule");
                    }
                } catch (IllegalArgumentException e) {
                    problems.error(rulePath + ".risk", "must be HIGH_RISK, MEDIUM_RISK or NO_RISK, found \"" + riskText + "\"");
                }
            }
            Condition condition = null;
            if (conditionText != null) {
                try {
                    condition = ConditionParser.parse(conditionText);
                    for (String ref : condition.choiceIds()) {
                        if (!choiceIds.contains(ref)) {
                            problems.error(rulePath + ".condition", "names \"" + ref + "\", which is not a choice of this question");
                        }
                    }
                    if (condition instanceof Condition.Default) {
                        defaults++;
                        if (i != nodes.size() - 1) {
                            problems.warning(rulePath, "the default rule is not last, so the rules after it never apply");
                        }
                    }
                } catch (ConditionSyntaxException e) {
                    problems.error(rulePath + ".condition", "does not parse: " + e.getMessage());
                }
            }
            if (condition != null && risk != null) {
                rules.add(new RiskRule(condition, risk));
            }
        }
        if (defaults == 0) {
            problems.error(path + ".riskRules", "needs exactly one rule with the condition \"default\"; it has none");
        } else if (defaults > 1) {
            problems.error(path + ".riskRules", "needs exactly one rule with the condition \"default\"; it has " + defaults);
        }
        return rules;
    }

    private Optional<Link> link(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.error(path + "." + field, "is required for every choice except the \"None of these\" (_no) choice");
            }
            return Optional.empty();
        }
        return linkObject(node, path + "." + field, required);
    }

    private Optional<Link> linkObject(JsonNode node, String path, boolean textRequired) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        checkFields(node, path, Set.of("displayText", "url"), Set.of(), false);
        String url = optionalString(node, path, "url", MAX_TEXT);
        boolean hasUrl = url != null && !url.isEmpty();
        String text = (textRequired || hasUrl)
                ? requiredString(node, path, "displayText", 1, MAX_TEXT)
                : optionalString(node, path, "displayText", MAX_TEXT);
        if (hasUrl) {
            checkUrl(url, path + ".url");
        }
        return Optional.of(new Link(text, url));
    }

    private void checkUrl(String url, String path) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            problems.error(path, "must start with http:// or https://");
            return;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                problems.error(path, "has no host name");
            }
        } catch (URISyntaxException e) {
            problems.error(path, "is not a valid web address: " + e.getReason());
        }
    }

    private String id(JsonNode node, String path, int warnAbove) {
        String id = requiredString(node, path, "id", 1, Integer.MAX_VALUE);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.error(path + ".id", "\"" + id + "\" must be 3 to 128 characters of letters, digits and _ only");
        } else if (id.length() > warnAbove) {
            problems.warning(path + ".id", "is longer than " + warnAbove
                    + " characters; some Well-Architected Tool API calls accept no longer ids");
        }
        return id;
    }

    private void checkFields(JsonNode node, String path, Set<String> known, Set<String> tolerated,
                             boolean tolerateUnderscore) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (known.contains(field)) {
                continue;
            }
            if (tolerated.contains(field) || (tolerateUnderscore && field.startsWith("_"))) {
                problems.warning(path + "." + field, "is not part of the lens format and is ignored");
            } else {
                problems.error(path + "." + field, "unknown field (expected one of " + String.join(", ", sorted(known)) + ")");
            }
        }
    }

    private String requiredString(JsonNode node, String path, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.error(path + "." + field, "is required");
            return null;
        }
        return string(value, path + "." + field, min, max);
    }

    private String optionalString(JsonNode node, String path, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return string(value, path + "." + field, 0, max);
    }

    private String string(JsonNode value, String path, int min, int max) {
        if (!value.isTextual()) {
            problems.error(path, "must be a string, found " + describe(value));
            return null;
        }
        String text = value.asText();
        if (text.length() < min) {
            problems.error(path, min == 1 ? "must not be empty" : "must have at least " + min + " characters");
        } else if (text.length() > max) {
            problems.error(path, "has " + text.length() + " characters; at most " + max + " are allowed");
        }
        return text;
    }

    private JsonNode requiredArray(JsonNode node, String path, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.error(path + "." + field, "is required");
            return null;
        }
        if (!value.isArray()) {
            problems.error(path + "." + field, "must be an array, found " + describe(value));
            return null;
        }
        if (value.size() < min) {
            problems.error(path + "." + field, "must not be empty");
        } else if (value.size() > max) {
            problems.error(path + "." + field, "has " + value.size() + " entries; at most " + max + " are allowed");
        }
        return value;
    }

    private boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problems.error(path, "must be an object, found " + describe(node));
            return false;
        }
        return true;
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
