package io.secpillar.assessment.handover;

import io.secpillar.assessment.AnswerChanges;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.ChainHead;
import io.secpillar.assessment.handover.MergePlan.Outcome;
import io.secpillar.assessment.handover.MergePlan.QuestionMerge;
import io.secpillar.assessment.handover.MergePlan.Resolution;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans and applies a merge. The base is found from the audit trails: both start with the same records up to the
 * export the reviewer worked from, so the answers the file's trail records at that point are the base, and each
 * side's change is its answer now against that base.
 */
final class MergePlanner {

    private final HandoverStores stores;
    private final ReviewService reviews;
    private final ChangeJournal journal;

    MergePlanner(HandoverStores stores, ReviewService reviews) {
        this.stores = stores;
        this.reviews = reviews;
        this.journal = reviews.journal();
    }

    MergePlan plan(long workloadId, Path file, Decoded d) {
        ReviewSnapshot here = reviews.open(workloadId);
        String nothing = " Nothing was changed.";
        if (!stores.workloads().uid(workloadId).equals(d.uid())) {
            throw new HandoverFileException(file + " is not a hand-over of \"" + here.workload().name() + "\": it holds the"
                    + " workload \"" + d.workload().name() + "\". Import it instead (as a copy if needed)." + nothing);
        }
        if (!here.lens().ref().equals(d.lens().ref())) {
            throw new HandoverFileException(file + " was answered with another lens edition (" + d.lens().ref() + ", here "
                    + here.lens().ref() + "); it cannot be merged question by question." + nothing);
        }
        List<AuditRecord> local = new ArrayList<>();
        stores.audit().forEach(workloadId, local::add);
        int common = 0;
        while (common < local.size() && common < d.trail().size()
                && local.get(common).hash().equals(d.trail().get(common).hash())) {
            common++;
        }
        if (common == 0) {
            throw new HandoverFileException(file + " does not share its history with \"" + here.workload().name()
                    + "\": it was not exported from this review." + nothing);
        }
        Map<String, String> base = new HashMap<>();
        for (AuditRecord r : d.trail().subList(0, common)) {
            if (r.kind().carries() == ChangeKind.Carries.ANSWER) {
                base.put(r.subject(), r.after());
            }
        }
        Map<String, Answer> theirs = new HashMap<>();
        d.answers().forEach(a -> theirs.put(a.questionId(), a));
        List<QuestionMerge> questions = new ArrayList<>();
        for (Question q : here.questions()) {
            questions.add(question(here.lens(), q, base.getOrDefault(q.id(), ""), here.answer(q.id()),
                    Optional.ofNullable(theirs.get(q.id()))));
        }
        ChainHead localHead = local.isEmpty() ? ChainHead.empty()
                : new ChainHead(local.get(local.size() - 1).sequence(), local.get(local.size() - 1).hash());
        AuditRecord last = d.trail().get(d.trail().size() - 1);
        return new MergePlan(workloadId, here.workload().name(), HandoverFiles.fileName(file), d.contentSha256(),
                d.exportedBy(), d.exportedAt(), localHead, new ChainHead(last.sequence(), last.hash()), common, questions);
    }

    private static QuestionMerge question(LoadedLens lens, Question q, String base, Optional<Answer> mine,
                                          Optional<Answer> theirs) {
        String m = mine.map(CanonicalJson::answer).orElse("");
        String t = theirs.map(CanonicalJson::answer).orElse("");
        boolean mineChanged = !m.equals(base);
        boolean theirsChanged = !t.equals(base);
        Outcome outcome = !mineChanged && !theirsChanged ? Outcome.UNCHANGED : !mineChanged ? Outcome.THEIRS
                : !theirsChanged ? Outcome.MINE : m.equals(t) ? Outcome.SAME : Outcome.CONFLICT;
        Optional<Answer> baseAnswer = base.isEmpty() ? Optional.empty() : Optional.of(CanonicalJson.parseAnswer(base));
        String theirChange = theirs.filter(a -> theirsChanged).flatMap(a -> AnswerChanges.of(lens, baseAnswer, a))
                .map(Change::summary).orElse("");
        String myChange = mine.filter(a -> mineChanged).flatMap(a -> AnswerChanges.of(lens, baseAnswer, a))
                .map(Change::summary).orElse("");
        return new QuestionMerge(q.id(), lens.questionLabel(q.id()), q.title(), outcome, baseAnswer, mine, theirs,
                theirChange, myChange);
    }

    MergeResult apply(MergePlan plan, Map<String, Resolution> resolutions) {
        List<String> unresolved = plan.conflicts().stream().filter(q -> !resolutions.containsKey(q.questionId()))
                .map(QuestionMerge::label).toList();
        if (!unresolved.isEmpty()) {
            throw new MergeConflictException("Resolve the conflicts first: " + String.join(", ", unresolved)
                    + " were changed both here and by " + plan.theirReviewer() + ". Choose to keep yours or take theirs for"
                    + " each. Nothing was changed.");
        }
        return journal.write(entries -> {
            ChainHead now = stores.audit().head(plan.workloadId());
            if (!now.equals(plan.localHead())) {
                throw new MergeConflictException("The review of \"" + plan.workloadName() + "\" changed since this merge"
                        + " was prepared. Prepare it again. Nothing was changed.");
            }
            long reviewId = reviews.open(plan.workloadId()).review().id();
            List<String> taken = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (QuestionMerge q : plan.questions()) {
                if (q.outcome() != Outcome.THEIRS && q.outcome() != Outcome.CONFLICT) {
                    continue;
                }
                Resolution r = resolutions.getOrDefault(q.questionId(), Resolution.TAKE_THEIRS);
                if (r == Resolution.TAKE_THEIRS && q.theirs().isPresent()) {
                    reviews.saveAnswer(reviewId, q.theirs().get());
                    taken.add(q.label());
                } else {
                    kept.add(q.label());
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("file", plan.fileName());
            fields.put("contentSha256", plan.contentSha256());
            fields.put("theirHead", plan.theirHead().hash());
            fields.put("theirRecords", Long.toString(plan.theirHead().records()));
            fields.put("taken", String.join(",", taken));
            fields.put("kept", String.join(",", kept));
            entries.record(plan.workloadId(), Change.of(ChangeKind.MERGED, "workload", "Merged " + plan.fileName()
                    + " from " + plan.theirReviewer() + ": took " + (taken.isEmpty() ? "nothing" : String.join(", ", taken))
                    + (kept.isEmpty() ? "" : "; kept ours for " + String.join(", ", kept)) + " (their trail: "
                    + plan.theirHead().records() + " records, head " + plan.theirHead().hash() + ")", "",
                    CanonicalJson.fields(fields)));
            return new MergeResult(taken, kept);
        });
    }
}
