package io.secpillar.watool.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secpillar.watool.aws.WaToolState.L;
import io.secpillar.watool.aws.WaToolState.Q;
import io.secpillar.watool.aws.WaToolState.Reply;
import io.secpillar.watool.aws.WaToolState.W;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.secpillar.watool.aws.WaToolState.Reply.error;
import static io.secpillar.watool.aws.WaToolState.Reply.ok;

/** The REST-JSON routes of the fake Tool: method and path as in the API reference, one handler each. */
final class WaToolApi {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Small pages, so that the clients' paging is exercised. */
    static final int PAGE = 4;
    /** The fixed words of the API's paths; every other segment is a parameter. */
    private static final java.util.Set<String> WORDS = java.util.Set.of("workloadsSummaries", "workloads",
            "associateLenses", "lensReviews", "answers", "milestonesSummaries", "milestones", "lenses", "importLens",
            "versions");

    private final WaToolState s;

    WaToolApi(WaToolState state) {
        this.s = state;
    }

    synchronized Reply handle(String method, List<String> p, Map<String, String> query, JsonNode body) {
        String route = method + " " + String.join("/", p.stream().map(x -> WORDS.contains(x) ? x : "*").toList());
        return switch (route) {
            case "POST workloadsSummaries" -> listWorkloads(body);
            case "POST workloads" -> createWorkload(body);
            case "GET workloads/*" -> workload(p.get(1)).map(w -> ok(F.objectNode().set("Workload", details(w))))
                    .orElseGet(() -> notFound("workload " + p.get(1)));
            case "PATCH workloads/*/associateLenses" -> associate(p.get(1), body);
            case "GET workloads/*/lensReviews/*/answers" -> listAnswers(p.get(1), p.get(3), query);
            case "GET workloads/*/lensReviews/*/answers/*" -> getAnswer(p.get(1), p.get(3), p.get(5), query);
            case "PATCH workloads/*/lensReviews/*/answers/*" -> updateAnswer(p.get(1), p.get(3), p.get(5), body);
            case "POST workloads/*/milestonesSummaries" -> listMilestones(p.get(1), body);
            case "GET workloads/*/milestones/*" -> getMilestone(p.get(1), Integer.parseInt(p.get(3)));
            case "POST workloads/*/milestones" -> createMilestone(p.get(1), body);
            case "GET lenses" -> listLenses(query);
            case "PUT importLens" -> importLens(body);
            case "POST lenses/*/versions" -> createVersion(p.get(1), body);
            default -> error(400, "ValidationException", "no such operation in the fake: " + route);
        };
    }

    private Reply listWorkloads(JsonNode body) {
        String prefix = body.path("WorkloadNamePrefix").asText("").toLowerCase(Locale.ROOT);
        List<W> matching = s.workloads.values().stream()
                .filter(w -> w.fields.get("WorkloadName").asText().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
        ObjectNode out = F.objectNode();
        ArrayNode items = out.putArray("WorkloadSummaries");
        int from = page(body.path("NextToken").asText(""), matching.size(), items, i -> s.summary(matching.get(i)));
        next(out, from, matching.size());
        return ok(out);
    }

    private Reply createWorkload(JsonNode body) {
        String name = body.path("WorkloadName").asText("");
        if (name.length() < 3 || body.path("Description").asText("").length() < 3
                || body.path("ReviewOwner").asText("").length() < 3 || !body.has("Environment")
                || body.path("Lenses").isEmpty()) {
            return error(400, "ValidationException", "WorkloadName, Description, ReviewOwner, Environment and Lenses"
                    + " are required");
        }
        if (s.workloads.values().stream().anyMatch(w -> w.fields.get("WorkloadName").asText().equalsIgnoreCase(name))) {
            return error(409, "ConflictException", "A workload named " + name + " already exists");
        }
        for (JsonNode lens : body.get("Lenses")) {
            if (s.lensQuestions(lens.asText()) == null) {
                return error(400, "ValidationException", "Unknown lens " + lens.asText());
            }
        }
        W w = new W(s.newId("wl"), ((ObjectNode) body).deepCopy());
        w.fields.remove("Lenses");
        w.fields.remove("ClientRequestToken");
        body.get("Lenses").forEach(l -> s.associate(w, l.asText()));
        s.workloads.put(w.id, w);
        return ok(F.objectNode().put("WorkloadId", w.id).put("WorkloadArn", WaToolState.arn("workload/" + w.id)));
    }

    private ObjectNode details(W w) {
        ObjectNode d = s.summary(w);
        w.fields.fields().forEachRemaining(e -> d.set(e.getKey(), e.getValue()));
        return d;
    }

    private Reply associate(String id, JsonNode body) {
        Optional<W> w = workload(id);
        if (w.isEmpty()) {
            return notFound("workload " + id);
        }
        for (JsonNode alias : body.path("LensAliases")) {
            if (s.lensQuestions(alias.asText()) == null) {
                return error(400, "ValidationException", "Unknown lens " + alias.asText());
            }
            s.associate(w.get(), alias.asText());
        }
        return ok(F.objectNode());
    }

    private Reply listAnswers(String id, String alias, Map<String, String> query) {
        Optional<Map<String, ObjectNode>> answers = answers(id, alias, query.get("MilestoneNumber"));
        if (answers.isEmpty()) {
            return notFound("lens review " + alias + " of workload " + id);
        }
        List<Q> qs = workload(id).orElseThrow().reviewQuestions.get(alias).stream()
                .filter(q -> !query.containsKey("PillarId") || q.pillar().equals(query.get("PillarId"))).toList();
        ObjectNode out = F.objectNode().put("WorkloadId", id).put("LensAlias", alias);
        ArrayNode items = out.putArray("AnswerSummaries");
        int from = page(query.getOrDefault("NextToken", ""), qs.size(), items,
                i -> WaToolState.answerNode(qs.get(i), answers.get().get(qs.get(i).id()), false));
        next(out, from, qs.size());
        return ok(out);
    }

    private Reply getAnswer(String id, String alias, String questionId, Map<String, String> query) {
        Optional<Map<String, ObjectNode>> answers = answers(id, alias, query.get("MilestoneNumber"));
        Optional<Q> q = answers.flatMap(a -> question(id, alias, questionId));
        if (q.isEmpty()) {
            return notFound("question " + questionId + " in lens review " + alias);
        }
        return ok(F.objectNode().put("WorkloadId", id).put("LensAlias", alias)
                .set("Answer", WaToolState.answerNode(q.get(), answers.get().get(questionId), true)));
    }

    private Reply updateAnswer(String id, String alias, String questionId, JsonNode body) {
        Optional<Q> q = workload(id).filter(w -> w.answers.containsKey(alias))
                .flatMap(w -> question(id, alias, questionId));
        if (q.isEmpty()) {
            return notFound("question " + questionId + " in lens review " + alias + " of workload " + id);
        }
        if (body.path("Notes").asText("").length() > 2084) {
            return error(400, "ValidationException", "Notes must be at most 2084 characters");
        }
        List<String> unknown = new ArrayList<>();
        body.path("SelectedChoices").forEach(c -> unknownChoice(q.get(), c.asText(), unknown));
        body.path("ChoiceUpdates").fieldNames().forEachRemaining(c -> unknownChoice(q.get(), c, unknown));
        if (!unknown.isEmpty()) {
            return error(400, "ValidationException", "Invalid choice ids " + unknown);
        }
        ObjectNode stored = F.objectNode();
        stored.set("SelectedChoices", body.path("SelectedChoices").isMissingNode() ? F.arrayNode()
                : body.get("SelectedChoices").deepCopy());
        ArrayNode choiceAnswers = stored.putArray("ChoiceAnswers");
        body.path("ChoiceUpdates").fields().forEachRemaining(e -> {
            if (e.getValue().path("Notes").asText("").length() > 250) {
                throw new IllegalArgumentException("choice notes over 250");
            }
            ObjectNode c = choiceAnswers.addObject().put("ChoiceId", e.getKey());
            e.getValue().fields().forEachRemaining(f -> c.set(f.getKey(), f.getValue()));
        });
        stored.put("IsApplicable", body.path("IsApplicable").asBoolean(true));
        if (body.has("Reason")) {
            stored.put("Reason", body.get("Reason").asText());
        }
        stored.put("Notes", body.path("Notes").asText(""));
        s.workloads.get(id).answers.get(alias).put(questionId, stored);
        return ok(F.objectNode().put("WorkloadId", id).put("LensAlias", alias)
                .set("Answer", WaToolState.answerNode(q.get(), stored, true)));
    }

    private Reply listMilestones(String id, JsonNode body) {
        Optional<W> w = workload(id);
        if (w.isEmpty()) {
            return notFound("workload " + id);
        }
        ObjectNode out = F.objectNode().put("WorkloadId", id);
        ArrayNode items = out.putArray("MilestoneSummaries");
        List<ObjectNode> all = w.get().milestones;
        int from = page(body.path("NextToken").asText(""), all.size(), items, i -> {
            ObjectNode m = all.get(i).deepCopy();
            m.set("WorkloadSummary", m.remove("Workload"));
            return m;
        });
        next(out, from, all.size());
        return ok(out);
    }

    private Reply getMilestone(String id, int number) {
        return workload(id).filter(w -> number >= 1 && number <= w.milestones.size())
                .map(w -> ok(F.objectNode().put("WorkloadId", id).set("Milestone", w.milestones.get(number - 1))))
                .orElseGet(() -> notFound("milestone " + number + " of workload " + id));
    }

    private Reply createMilestone(String id, JsonNode body) {
        Optional<W> found = workload(id);
        if (found.isEmpty()) {
            return notFound("workload " + id);
        }
        W w = found.get();
        String name = body.path("MilestoneName").asText("");
        if (w.milestones.stream().anyMatch(m -> m.get("MilestoneName").asText().equals(name))) {
            return error(409, "ConflictException", "Milestone " + name + " already exists");
        }
        int number = w.milestones.size() + 1;
        ObjectNode m = F.objectNode().put("MilestoneNumber", number).put("MilestoneName", name)
                .put("RecordedAt", 1_797_000_000L + number);
        m.set("Workload", details(w));
        w.milestones.add(m);
        Map<String, Map<String, ObjectNode>> frozen = new java.util.LinkedHashMap<>();
        w.answers.forEach((alias, answers) -> {
            Map<String, ObjectNode> copy = new java.util.LinkedHashMap<>();
            answers.forEach((q, a) -> copy.put(q, a.deepCopy()));
            frozen.put(alias, copy);
        });
        w.milestoneAnswers.add(frozen);
        return ok(F.objectNode().put("WorkloadId", id).put("MilestoneNumber", number));
    }

    private Reply listLenses(Map<String, String> query) {
        ObjectNode out = F.objectNode();
        ArrayNode items = out.putArray("LensSummaries");
        s.lenses.values().stream().filter(l -> l.latest != null)
                .filter(l -> !query.containsKey("LensName") || l.name.equals(query.get("LensName")))
                .forEach(l -> items.addObject().put("LensArn", l.arn).put("LensName", l.name)
                        .put("LensType", "CUSTOM_SELF").put("LensVersion", l.latest).put("LensStatus", "CURRENT")
                        .put("Owner", WaToolState.ACCOUNT));
        return ok(out);
    }

    private Reply importLens(JsonNode body) {
        String json = body.path("JSONString").asText("");
        String name;
        try {
            name = WaToolState.JSON.readTree(json).get("name").asText();
        } catch (Exception e) {
            return error(400, "ValidationException", "The lens JSON is not valid");
        }
        List<Q> qs = WaToolState.questionsOf(json);
        String alias = body.path("LensAlias").asText("");
        L lens = alias.isEmpty() ? null : s.lenses.get(alias);
        if (!alias.isEmpty() && lens == null) {
            return notFound("lens " + alias);
        }
        if (lens == null) {
            lens = new L(WaToolState.arn("lens/" + s.newId("ln")), name, qs);
            s.lenses.put(lens.arn, lens);
        } else {
            lens.draft = qs;
        }
        return ok(F.objectNode().put("LensArn", lens.arn).put("Status", "COMPLETE"));
    }

    private Reply createVersion(String alias, JsonNode body) {
        L lens = s.lenses.get(alias);
        if (lens == null) {
            return notFound("lens " + alias);
        }
        String version = body.path("LensVersion").asText("");
        if (lens.versions.containsKey(version)) {
            return error(409, "ConflictException", "Version " + version + " exists");
        }
        lens.versions.put(version, lens.draft);
        lens.latest = version;
        return ok(F.objectNode().put("LensArn", lens.arn).put("LensVersion", version));
    }

    private Optional<W> workload(String id) {
        return Optional.ofNullable(s.workloads.get(id));
    }

    private Optional<Map<String, ObjectNode>> answers(String id, String alias, String milestone) {
        Optional<W> w = workload(id);
        if (w.isEmpty() || !w.get().answers.containsKey(alias)) {
            return Optional.empty();
        }
        if (milestone == null) {
            return Optional.of(w.get().answers.get(alias));
        }
        int n = Integer.parseInt(milestone);
        return n < 1 || n > w.get().milestoneAnswers.size() ? Optional.empty()
                : Optional.ofNullable(w.get().milestoneAnswers.get(n - 1).get(alias));
    }

    private Optional<Q> question(String id, String alias, String questionId) {
        return s.workloads.get(id).reviewQuestions.get(alias).stream().filter(q -> q.id().equals(questionId))
                .findFirst();
    }

    private static void unknownChoice(Q q, String choice, List<String> unknown) {
        if (!q.choices().contains(choice)) {
            unknown.add(choice);
        }
    }

    private static int page(String token, int size, ArrayNode items, java.util.function.IntFunction<JsonNode> item) {
        int from = token.isEmpty() ? 0 : Integer.parseInt(token);
        for (int i = from; i < Math.min(size, from + PAGE); i++) {
            items.add(item.apply(i));
        }
        return from + PAGE;
    }

    private static void next(ObjectNode out, int from, int size) {
        if (from < size) {
            out.put("NextToken", String.valueOf(from));
        }
    }

    private static Reply notFound(String what) {
        return error(404, "ResourceNotFoundException", "No " + what);
    }
}
