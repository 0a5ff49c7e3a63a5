package io.secpillar.watool.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An in-memory Well-Architected Tool for the tests: workloads with their lens reviews and milestones, and custom
 * lenses with versions. The AWS-managed lens's security pillar is built from the published facts (the Tool's question
 * ids and the best practices' page names in security-pillar-facts.json, and the "None of these" choice named
 * {@code sec_<question>_no} as the Tool names it), plus one question of another pillar. Replies are the REST-JSON
 * bodies of the API reference; validation follows its limits (2,084 characters of notes, 250 per choice, known ids).
 */
final class WaToolState {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-central-1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A question of a lens: id, pillar, title and choice ids. */
    record Q(String id, String pillar, String title, List<String> choices) { }

    /** One reply: the status, the body, and the error type for failures. */
    record Reply(int status, String body, String errorType) {
        static Reply ok(JsonNode body) {
            return new Reply(200, body.toString(), null);
        }

        static Reply error(int status, String type, String message) {
            return new Reply(status, F.objectNode().put("Message", message).toString(), type);
        }
    }

    /** A workload with its lens reviews (alias to question id to answer) and milestones. */
    static final class W {
        final String id;
        final ObjectNode fields;
        final List<String> lenses = new ArrayList<>();
        final Map<String, List<Q>> reviewQuestions = new LinkedHashMap<>();
        final Map<String, Map<String, ObjectNode>> answers = new LinkedHashMap<>();
        final List<ObjectNode> milestones = new ArrayList<>();
        final List<Map<String, Map<String, ObjectNode>>> milestoneAnswers = new ArrayList<>();

        W(String id, ObjectNode fields) {
            this.id = id;
            this.fields = fields;
        }
    }

    /** A custom lens: its draft questions and published versions. */
    static final class L {
        final String arn;
        final String name;
        List<Q> draft;
        final Map<String, List<Q>> versions = new LinkedHashMap<>();
        String latest;

        L(String arn, String name, List<Q> draft) {
            this.arn = arn;
            this.name = name;
            this.draft = draft;
        }
    }

    final Map<String, W> workloads = new LinkedHashMap<>();
    final Map<String, L> lenses = new LinkedHashMap<>();
    final List<Q> managed = new ArrayList<>(managedLens());
    private int next = 1;

    /** The managed lens as the facts describe it. */
    static List<Q> managedLens() {
        List<Q> qs = new ArrayList<>();
        qs.add(new Q("priorities", "operationalExcellence", "How do you determine what your priorities are?",
                List.of("ops_priorities_ext_cust_needs", "ops_priorities_no")));
        try (InputStream in = WaToolState.class.getResourceAsStream("/security-pillar-facts.json")) {
            for (JsonNode q : JSON.readTree(in).get("questions")) {
                String id = q.get("wa_tool_question_id").asText();
                List<String> choices = new ArrayList<>();
                q.get("best_practices").forEach(bp -> choices.add(bp.get("doc_slug").asText()));
                choices.add("sec_" + id.replace('-', '_') + "_no");
                qs.add(new Q(id, "security", q.get("title").asText(), choices));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return qs;
    }

    String newId(String prefix) {
        return prefix + String.format(Locale.ROOT, "%08x", next++ * 7919);
    }

    static List<Q> questionsOf(String lensJson) {
        try {
            List<Q> qs = new ArrayList<>();
            for (JsonNode p : JSON.readTree(lensJson).get("pillars")) {
                for (JsonNode q : p.get("questions")) {
                    List<String> choices = new ArrayList<>();
                    q.get("choices").forEach(c -> choices.add(c.get("id").asText()));
                    qs.add(new Q(q.get("id").asText(), p.get("id").asText(), q.get("title").asText(), choices));
                }
            }
            return qs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questions a lens alias has now (managed, or a custom lens's newest version). */
    List<Q> lensQuestions(String alias) {
        if ("wellarchitected".equals(alias)) {
            return managed;
        }
        L lens = lenses.get(alias);
        return lens == null || lens.latest == null ? null : lens.versions.get(lens.latest);
    }

    void associate(W w, String alias) {
        if (!w.lenses.contains(alias)) {
            w.lenses.add(alias);
            w.reviewQuestions.put(alias, lensQuestions(alias));
            w.answers.put(alias, new LinkedHashMap<>());
        }
    }

    ObjectNode summary(W w) {
        ObjectNode s = F.objectNode();
        s.put("WorkloadId", w.id).put("WorkloadArn", arn("workload/" + w.id))
                .put("WorkloadName", w.fields.get("WorkloadName").asText()).put("Owner", ACCOUNT)
                .put("UpdatedAt", 1_796_000_000L + next).put("ImprovementStatus", "NOT_APPLICABLE");
        ArrayNode lensList = s.putArray("Lenses");
        w.lenses.forEach(lensList::add);
        s.set("RiskCounts", riskCounts(w));
        return s;
    }

    ObjectNode riskCounts(W w) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        w.reviewQuestions.forEach((alias, qs) -> qs.forEach(q -> counts.merge(risk(q, w.answers.get(alias)
                .get(q.id())), 1, Integer::sum)));
        ObjectNode node = F.objectNode();
        counts.forEach(node::put);
        return node;
    }

    static String arn(String resource) {
        return "arn:aws:wellarchitected:" + REGION + ":" + ACCOUNT + ":" + resource;
    }

    /** A rough risk: enough for the tests, which check answers, not the Tool's risk rules. */
    static String risk(Q q, ObjectNode answer) {
        if (answer == null) {
            return "UNANSWERED";
        }
        if (!answer.path("IsApplicable").asBoolean(true)) {
            return "NOT_APPLICABLE";
        }
        List<String> selected = new ArrayList<>();
        answer.path("SelectedChoices").forEach(c -> selected.add(c.asText()));
        if (selected.isEmpty() && answer.path("ChoiceAnswers").isEmpty()) {
            return "UNANSWERED";
        }
        return selected.stream().anyMatch(c -> c.endsWith("_no")) ? "HIGH"
                : selected.size() + 1 >= q.choices().size() ? "NONE" : "MEDIUM";
    }

    /** The Answer object of GetAnswer (with notes) or of ListAnswers (without). */
    static ObjectNode answerNode(Q q, ObjectNode stored, boolean withNotes) {
        ObjectNode a = F.objectNode();
        a.put("QuestionId", q.id()).put("PillarId", q.pillar()).put("QuestionTitle", q.title());
        ArrayNode choices = a.putArray("Choices");
        q.choices().forEach(c -> choices.addObject().put("ChoiceId", c).put("Title", "Title of " + c));
        a.set("SelectedChoices", stored == null ? F.arrayNode() : stored.path("SelectedChoices").deepCopy());
        ArrayNode choiceAnswers = a.putArray(withNotes ? "ChoiceAnswers" : "ChoiceAnswerSummaries");
        if (stored != null) {
            stored.path("ChoiceAnswers").forEach(c -> {
                ObjectNode copy = ((ObjectNode) c).deepCopy();
                if (!withNotes) {
                    copy.remove("Notes");
                }
                choiceAnswers.add(copy);
            });
        }
        a.put("IsApplicable", stored == null || stored.path("IsApplicable").asBoolean(true));
        a.put("Risk", risk(q, stored));
        if (stored != null && stored.has("Reason")) {
            a.put("Reason", stored.get("Reason").asText());
        }
        if (withNotes && stored != null && stored.has("Notes")) {
            a.put("Notes", stored.get("Notes").asText());
        }
        return a;
    }
}
