package io.secpillar.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.RiskCounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review as data, for the JSON file carried inside the report: the review's facts, every question with its
 * practices, answers, notes and risk, the improvement plan, the summary by account, and every evidence result of
 * the run used. Written from the report model, so a masked report carries masked data.
 */
public final class ReportData {

    /** Names this document's shape; raise it when a field changes meaning or goes away. */
    public static final String FORMAT = "secpillar-report-data/1";

    private ReportData() {
    }

    public static byte[] json(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + model.appendix().results().size() * 300);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("generatedAt", model.cover().generatedAt().toString());
            g.writeStringField("workbenchVersion", model.cover().workbenchVersion());
            g.writeBooleanField("masked", model.masked());
            review(g, model.cover());
            summary(g, model);
            questions(g, model.questions());
            plan(g, model.plan());
            accounts(g, model.accounts());
            evidence(g, model.appendix());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the review's data: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void review(JsonGenerator g, ReportCover c) throws IOException {
        g.writeObjectFieldStart("review");
        g.writeStringField("client", c.client());
        g.writeStringField("workload", c.workload());
        g.writeStringField("environment", c.environment());
        strings(g, "accountIds", c.accountIds());
        strings(g, "regions", c.regions());
        strings(g, "reviewers", c.reviewers());
        g.writeStringField("reviewDate", c.reviewDate().toString());
        g.writeStringField("lens", c.lensName());
        g.writeStringField("lensVersion", c.lensVersion());
        optional(g, "consultancy", c.consultancy());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, ReportModel model) throws IOException {
        RiskCounts c = model.summary().counts();
        g.writeObjectFieldStart("summary");
        g.writeObjectFieldStart("questions");
        g.writeNumberField("total", c.total());
        g.writeNumberField("high", c.high());
        g.writeNumberField("medium", c.medium());
        g.writeNumberField("none", c.none());
        g.writeNumberField("notApplicable", c.notApplicable());
        g.writeNumberField("unanswered", c.unanswered());
        g.writeEndObject();
        g.writeObjectFieldStart("practicesNotInPlace");
        for (Map.Entry<PracticeLevel, Integer> e : new java.util.TreeMap<>(model.summary().missingByLevel()).entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        tally(g, "evidence", model.summary().evidence());
        g.writeEndObject();
    }

    private static void questions(JsonGenerator g, List<QuestionSection> questions) throws IOException {
        g.writeArrayFieldStart("questions");
        for (QuestionSection q : questions) {
            g.writeStartObject();
            g.writeStringField("id", q.label());
            g.writeStringField("title", q.title());
            g.writeStringField("risk", q.risk().name());
            optional(g, "notApplicableReason", q.notApplicableReason());
            g.writeBooleanField("noneOfTheseSelected", q.noneOfTheseSelected());
            g.writeStringField("notes", q.notes());
            optional(g, "answeredBy", q.answeredBy());
            optional(g, "answeredAt", q.answeredAt().map(Instant::toString));
            g.writeArrayFieldStart("practices");
            for (PracticeLine p : q.practices()) {
                g.writeStartObject();
                g.writeStringField("id", p.label());
                g.writeStringField("title", p.title());
                g.writeStringField("level", p.level().name());
                g.writeStringField("status", p.answered() ? p.status().name() : "UNANSWERED");
                optional(g, "notApplicableReason", p.notApplicableReason());
                tally(g, "evidence", p.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void plan(JsonGenerator g, List<ImprovementItem> plan) throws IOException {
        g.writeArrayFieldStart("improvementPlan");
        for (ImprovementItem i : plan) {
            g.writeStartObject();
            g.writeStringField("practice", i.practiceLabel());
            g.writeStringField("title", i.title());
            g.writeStringField("level", i.level().name());
            g.writeStringField("question", i.questionLabel());
            g.writeStringField("improvement", i.improvement());
            g.writeStringField("improvementUrl", i.improvementUrl());
            g.writeNumberField("failingResults", i.failingTotal());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void accounts(JsonGenerator g, List<AccountSummary> accounts) throws IOException {
        g.writeArrayFieldStart("accounts");
        for (AccountSummary a : accounts) {
            g.writeStartObject();
            g.writeStringField("accountId", a.accountId());
            optional(g, "name", a.name());
            optional(g, "organizationalUnit", a.organizationalUnit());
            tally(g, "results", a.tally());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, EvidenceAppendix a) throws IOException {
        g.writeObjectFieldStart("evidence");
        if (a.usedRun().isPresent()) {
            EvidenceRunInfo r = a.usedRun().get();
            g.writeObjectFieldStart("run");
            g.writeNumberField("id", r.id());
            g.writeStringField("startedAt", r.startedAt().toString());
            optional(g, "endedAt", r.endedAt().map(Instant::toString));
            g.writeStringField("state", r.state().name());
            strings(g, "accountIds", r.accountIds());
            strings(g, "regions", r.regions());
            g.writeStringField("catalogVersion", r.catalogVersion());
            g.writeEndObject();
        } else {
            g.writeNullField("run");
        }
        g.writeArrayFieldStart("results");
        for (EvidenceLine l : a.results()) {
            g.writeStartObject();
            g.writeStringField("checkId", l.checkId());
            g.writeStringField("checkTitle", l.checkTitle());
            g.writeStringField("status", l.status().name());
            g.writeStringField("accountId", l.accountId());
            g.writeStringField("region", l.region());
            g.writeStringField("resourceId", l.resourceId());
            g.writeStringField("reason", l.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingPermissions");
        for (MissingPermission m : a.missingPermissions()) {
            g.writeStartObject();
            g.writeStringField("checkId", m.checkId());
            strings(g, "operations", m.operations());
            g.writeStringField("reason", m.reason());
            strings(g, "accountIds", m.accountIds());
            strings(g, "regions", m.regions());
            g.writeNumberField("results", m.results());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void tally(JsonGenerator g, String name, EvidenceTally t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("passed", t.passed());
        g.writeNumberField("failed", t.failed());
        g.writeNumberField("couldNotAssess", t.couldNotAssess());
        g.writeNumberField("notApplicable", t.notApplicable());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
