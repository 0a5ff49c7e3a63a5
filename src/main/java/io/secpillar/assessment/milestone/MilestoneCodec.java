package io.secpillar.assessment.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.milestone.MilestoneSnapshot.ListedAttachment;
import io.secpillar.pillar.LensRef;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A milestone's snapshot as canonical JSON (fields in a fixed order, questions sorted by id), and back. The text is
 * what is stored and hashed, so it is written once and never rewritten.
 */
public final class MilestoneCodec {

    static final int SCHEMA = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MilestoneCodec() {
    }

    public static String write(MilestoneSnapshot s) {
        ObjectNode n = NODES.objectNode();
        n.put("schema", SCHEMA);
        n.put("name", s.name());
        n.put("note", s.note());
        n.put("takenAt", s.takenAt().toString());
        n.put("takenBy", s.takenBy());
        ObjectNode lens = n.putObject("lens");
        lens.put("alias", s.lens().alias());
        lens.put("version", s.lens().version());
        ArrayNode answers = n.putArray("answers");
        new TreeMap<>(s.answers()).values().forEach(a -> answers.add(CanonicalJson.answerNode(a)));
        ObjectNode risks = n.putObject("risks");
        new TreeMap<>(s.risks()).forEach((q, r) -> risks.put(q, r.name()));
        ObjectNode counts = n.putObject("counts");
        for (QuestionRisk r : QuestionRisk.values()) {
            counts.put(r.name(), s.counts().count(r));
        }
        if (s.evidence().isPresent()) {
            n.set("evidence", evidence(s.evidence().get()));
        } else {
            n.putNull("evidence");
        }
        ArrayNode attachments = n.putArray("attachments");
        for (ListedAttachment a : s.attachments()) {
            ObjectNode o = attachments.addObject();
            o.put("questionId", a.questionId());
            o.put("choiceId", a.choiceId());
            o.put("practice", a.practiceLabel());
            o.put("kind", a.kind());
            o.put("name", a.name());
            o.put("size", a.size());
            o.put("sha256", a.sha256());
            o.put("link", a.link());
        }
        return CanonicalJson.write(n);
    }

    public static MilestoneSnapshot read(String json) {
        JsonNode n = CanonicalJson.read(json);
        if (n.path("schema").asInt() != SCHEMA) {
            throw new IllegalArgumentException("milestone snapshot of an unknown schema " + n.path("schema"));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        n.path("answers").forEach(a -> {
            Answer answer = CanonicalJson.answerFrom(a);
            answers.put(answer.questionId(), answer);
        });
        Map<String, QuestionRisk> risks = new LinkedHashMap<>();
        n.path("risks").fields().forEachRemaining(e -> risks.put(e.getKey(), QuestionRisk.valueOf(e.getValue().asText())));
        JsonNode c = n.path("counts");
        RiskCounts counts = new RiskCounts(c.path("HIGH").asInt(), c.path("MEDIUM").asInt(), c.path("NONE").asInt(),
                c.path("NOT_APPLICABLE").asInt(), c.path("UNANSWERED").asInt());
        List<ListedAttachment> attachments = new ArrayList<>();
        n.path("attachments").forEach(a -> attachments.add(new ListedAttachment(a.path("questionId").asText(),
                a.path("choiceId").asText(), a.path("practice").asText(), a.path("kind").asText(), a.path("name").asText(),
                a.path("size").asLong(), a.path("sha256").asText(), a.path("link").asText())));
        JsonNode e = n.path("evidence");
        Optional<EvidenceSummary> evidence = e.isObject() ? Optional.of(evidence(e)) : Optional.empty();
        return new MilestoneSnapshot(n.path("name").asText(), n.path("note").asText(), Instant.parse(n.path("takenAt").asText()),
                n.path("takenBy").asText(), new LensRef(n.path("lens").path("alias").asText(), n.path("lens").path("version").asText()),
                answers, risks, counts, evidence, attachments);
    }

    private static ObjectNode evidence(EvidenceSummary e) {
        ObjectNode o = NODES.objectNode();
        o.put("runId", e.runId());
        o.put("startedAt", e.startedAt().toString());
        o.put("endedAt", e.endedAt().map(Instant::toString).orElse(""));
        o.put("state", e.state());
        o.put("passed", e.passed());
        o.put("failed", e.failed());
        o.put("notApplicable", e.notApplicable());
        o.put("couldNotAssess", e.couldNotAssess());
        ObjectNode verdicts = o.putObject("practiceVerdicts");
        new TreeMap<>(e.practiceVerdicts()).forEach(verdicts::put);
        return o;
    }

    private static EvidenceSummary evidence(JsonNode e) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        e.path("practiceVerdicts").fields().forEachRemaining(v -> verdicts.put(v.getKey(), v.getValue().asText()));
        String ended = e.path("endedAt").asText("");
        return new EvidenceSummary(e.path("runId").asLong(), Instant.parse(e.path("startedAt").asText()),
                ended.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(ended)), e.path("state").asText(),
                e.path("passed").asInt(), e.path("failed").asInt(), e.path("notApplicable").asInt(),
                e.path("couldNotAssess").asInt(), verdicts);
    }
}
