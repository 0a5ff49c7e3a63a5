package io.secpillar.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one text form of an answer and of a workload's details that the audit trail, milestones and hand-over files
 * share: compact JSON, fields in a fixed order, sets and maps sorted. Two equal states always give the same text,
 * so verification compares texts. Who changed it and when are not part of the state: the record says that.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    public static String answer(Answer a) {
        return write(answerNode(a));
    }

    public static ObjectNode answerNode(Answer a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("questionId", a.questionId());
        ArrayNode selected = n.putArray("selected");
        new TreeSet<>(a.selected()).forEach(selected::add);
        ObjectNode choicesNa = n.putObject("choicesNotApplicable");
        new TreeMap<>(a.choicesNotApplicable()).forEach((choice, na) -> choicesNa.set(choice, reason(na)));
        if (a.notApplicable().isPresent()) {
            n.set("notApplicable", reason(a.notApplicable().get()));
        } else {
            n.putNull("notApplicable");
        }
        n.put("notes", a.notes());
        return n;
    }

    /** Reads an answer written by {@link #answer}; who and when are left empty. */
    public static Answer parseAnswer(String json) {
        return answerFrom(read(json));
    }

    public static Answer answerFrom(JsonNode n) {
        Set<String> selected = new LinkedHashSet<>();
        n.path("selected").forEach(s -> selected.add(s.asText()));
        Map<String, NotApplicable> choicesNa = new LinkedHashMap<>();
        n.path("choicesNotApplicable").fields().forEachRemaining(e -> choicesNa.put(e.getKey(), reasonFrom(e.getValue())));
        JsonNode na = n.path("notApplicable");
        Optional<NotApplicable> questionNa = na.isObject() ? Optional.of(reasonFrom(na)) : Optional.empty();
        return new Answer(required(n, "questionId"), selected, choicesNa, questionNa, n.path("notes").asText(""), "",
                Instant.EPOCH);
    }

    public static String workload(WorkloadDraft w) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", w.name());
        n.put("client", w.client());
        n.put("description", w.description());
        n.put("environment", w.environment().name());
        ArrayNode accounts = n.putArray("accountIds");
        w.accountIds().forEach(accounts::add);
        ArrayNode regions = n.putArray("regions");
        w.regions().forEach(regions::add);
        n.put("reviewOwner", w.reviewOwner());
        return write(n);
    }

    /** A small object of named strings in the order given, e.g. an evidence decision or an improvement's tracking. */
    public static String fields(Map<String, String> values) {
        ObjectNode n = JSON.createObjectNode();
        values.forEach(n::put);
        return write(n);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode reason(NotApplicable na) {
        ObjectNode r = JSON.createObjectNode();
        r.put("reason", na.reason().name());
        r.put("text", na.text());
        return r;
    }

    private static NotApplicable reasonFrom(JsonNode n) {
        return new NotApplicable(NotApplicableReason.valueOf(required(n, "reason")), n.path("text").asText(""));
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return v.asText();
    }
}
