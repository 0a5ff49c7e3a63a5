package io.secpillar.assessment.audit;

import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One pass over a chain of records (fed in sequence order), then a comparison with the state that should follow
 * from it. Checks each record's hash against its content, each predecessor hash against the record before, and the
 * sequence for gaps; keeps the last recorded state of every answer, of the workload details and of each milestone;
 * and reports, located, whatever differs. Used on the store and on hand-over files alike.
 */
public final class ChainCheck implements Consumer<AuditRecord> {

    /** A state as the trail last recorded it, with the record that did. */
    private record Recorded(String state, long record) { }

    private final AuditRecordHasher hasher = new AuditRecordHasher();
    private final String workload;
    private final LoadedLens lens;
    private final List<AuditProblem> problems = new ArrayList<>();
    private final Map<String, Recorded> answers = new LinkedHashMap<>();
    private final Map<String, Recorded> milestones = new LinkedHashMap<>();
    private Recorded workloadState;
    private long count;
    private String previous = AuditRecordHasher.GENESIS;

    public ChainCheck(String workloadName, LoadedLens lens) {
        this.workload = workloadName;
        this.lens = lens;
    }

    @Override
    public void accept(AuditRecord r) {
        long expected = count + 1;
        if (r.sequence() != expected) {
            problems.add(new AuditProblem(AuditProblem.Kind.RECORD_MISSING, "\"" + workload + "\"",
                    OptionalLong.of(r.sequence()), r.sequence() > expected
                    ? "Records " + range(expected, r.sequence() - 1) + " of \"" + workload + "\" are missing: they were deleted."
                    : "Record " + r.sequence() + " of \"" + workload + "\" is out of sequence (expected " + expected + ")."));
        } else if (!r.previousHash().equals(previous)) {
            problems.add(new AuditProblem(AuditProblem.Kind.CHAIN_BROKEN, at(r), OptionalLong.of(r.sequence()),
                    "Record " + r.sequence() + " of \"" + workload + "\" does not follow the record before it: records"
                            + " were removed, inserted or rewritten there."));
        }
        if (!hasher.hash(r).equals(r.hash())) {
            problems.add(new AuditProblem(AuditProblem.Kind.RECORD_ALTERED, at(r) + subjectLabel(r),
                    OptionalLong.of(r.sequence()), "Record " + r.sequence() + " of \"" + workload + "\" ("
                    + r.kind().label().toLowerCase(Locale.ROOT) + subjectLabel(r) + ", " + r.at()
                    + ") was changed after it was written: its content no longer matches its SHA-256."));
        }
        switch (r.kind().carries()) {
            case ANSWER -> answers.put(r.subject(), new Recorded(r.after(), r.sequence()));
            case WORKLOAD -> workloadState = new Recorded(r.after(), r.sequence());
            case MILESTONE -> milestones.put(r.subject(), new Recorded(r.after(), r.sequence()));
            case NOTHING -> { }
        }
        count = Math.max(count, r.sequence());
        previous = r.hash();
    }

    /** The end of the chain walked so far. */
    public ChainHead head() {
        return new ChainHead(count, previous);
    }

    /** The answer states the chain ends with, by question id (canonical JSON). */
    public Map<String, String> recordedAnswers() {
        Map<String, String> states = new LinkedHashMap<>();
        answers.forEach((q, r) -> states.put(q, r.state()));
        return states;
    }

    /** Every problem: the chain's own, then whatever the given state does not match. */
    public List<AuditProblem> compare(Map<String, Answer> storedAnswers, WorkloadDraft storedWorkload,
                                      List<Milestone> storedMilestones) {
        List<AuditProblem> all = new ArrayList<>(problems);
        compareAnswers(storedAnswers, all);
        compareWorkload(storedWorkload, all);
        compareMilestones(storedMilestones, all);
        return all;
    }

    private void compareAnswers(Map<String, Answer> stored, List<AuditProblem> out) {
        TreeSet<String> questions = new TreeSet<>(answers.keySet());
        questions.addAll(stored.keySet());
        for (String q : questions) {
            Recorded recorded = answers.get(q);
            Answer answer = stored.get(q);
            String now = answer == null ? "" : CanonicalJson.answer(answer);
            String expected = recorded == null ? "" : recorded.state();
            if (now.equals(expected)) {
                continue;
            }
            String label = lens.lens().question(q).isPresent() ? lens.questionLabel(q) : q;
            String message = recorded == null
                    ? "The answer to " + label + " of \"" + workload + "\" is in the store, but the audit trail never"
                    + " recorded it: it was written outside the workbench."
                    : "The answer to " + label + " of \"" + workload + "\" differs from what record " + recorded.record()
                    + " of the audit trail says (" + AnswerDifference.describe(expected, now) + "): it was changed"
                    + " outside the workbench.";
            out.add(new AuditProblem(AuditProblem.Kind.ANSWER_DIFFERS, "\"" + workload + "\", " + label,
                    recorded == null ? OptionalLong.empty() : OptionalLong.of(recorded.record()), message));
        }
    }

    private void compareWorkload(WorkloadDraft stored, List<AuditProblem> out) {
        String now = CanonicalJson.workload(stored);
        if (workloadState != null && !workloadState.state().equals(now)) {
            out.add(new AuditProblem(AuditProblem.Kind.WORKLOAD_DIFFERS, "\"" + workload + "\", workload details",
                    OptionalLong.of(workloadState.record()), "The details of workload \"" + workload + "\" differ from"
                    + " what record " + workloadState.record() + " of the audit trail says: they were changed outside"
                    + " the workbench."));
        }
    }

    private void compareMilestones(List<Milestone> stored, List<AuditProblem> out) {
        Map<String, Milestone> byUid = new LinkedHashMap<>();
        stored.forEach(m -> byUid.put(m.uid(), m));
        for (Milestone m : stored) {
            Recorded recorded = milestones.get(m.uid());
            String where = "\"" + workload + "\", milestone \"" + m.name() + "\"";
            String actual = Sha256.hex(m.content());
            if (recorded == null || recorded.state().isEmpty()) {
                out.add(new AuditProblem(AuditProblem.Kind.MILESTONE_DIFFERS, where,
                        recorded == null ? OptionalLong.empty() : OptionalLong.of(recorded.record()),
                        "The milestone \"" + m.name() + "\" of \"" + workload + "\" is in the store, but the audit trail "
                                + (recorded == null ? "never recorded it" : "recorded its deletion") + "."));
            } else if (!recorded.state().contains("\"" + actual + "\"") || !actual.equals(m.contentSha256())) {
                out.add(new AuditProblem(AuditProblem.Kind.MILESTONE_DIFFERS, where, OptionalLong.of(recorded.record()),
                        "The snapshot of milestone \"" + m.name() + "\" of \"" + workload + "\" is not the one record "
                                + recorded.record() + " of the audit trail saved: it was changed outside the workbench."));
            }
        }
        milestones.forEach((uid, recorded) -> {
            if (!recorded.state().isEmpty() && !byUid.containsKey(uid)) {
                out.add(new AuditProblem(AuditProblem.Kind.MILESTONE_DIFFERS, "\"" + workload + "\", milestone " + uid,
                        OptionalLong.of(recorded.record()), "A milestone saved in record " + recorded.record() + " of \""
                        + workload + "\" is missing from the store, and the audit trail never recorded its deletion."));
            }
        });
    }

    private String at(AuditRecord r) {
        return "\"" + workload + "\", record " + r.sequence();
    }

    private String subjectLabel(AuditRecord r) {
        return r.kind().carries() == ChangeKind.Carries.ANSWER && lens.lens().question(r.subject()).isPresent()
                ? ", " + lens.questionLabel(r.subject()) : "";
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + "–" + to;
    }
}
