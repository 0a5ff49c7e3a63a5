package io.secpillar.assessment.improvement;

import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeRef;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.improvement.port.ImprovementRepository;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The improvement plan of a workload: every best practice not in place in an answered, applicable question is an
 * item; people give it an owner, a due date and a status. Items follow the answers: ticking a practice takes it off
 * the open plan (a tracked one stays listed as in place). The newest evidence proposes items as done.
 */
public final class ImprovementPlan {

    private final ImprovementRepository repository;
    private final ReviewService reviews;
    private final ChangeJournal journal;
    private final EvidenceStore evidence;
    private final EvidenceDecisions decisions;
    private final CheckMapping mapping;
    private final Clock clock;

    public ImprovementPlan(ImprovementRepository repository, ReviewService reviews, EvidenceStore evidence,
                           EvidenceDecisions decisions, CheckMapping mapping, Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.journal = reviews.journal();
        this.evidence = evidence;
        this.decisions = decisions;
        this.mapping = mapping;
        this.clock = clock;
    }

    /** Every item, High first. */
    public List<ImprovementItem> items(long workloadId) {
        return items(workloadId, ImprovementFilter.ALL, ImprovementSort.PRIORITY);
    }

    public List<ImprovementItem> items(long workloadId, ImprovementFilter filter, ImprovementSort sort) {
        ReviewSnapshot review = reviews.open(workloadId);
        ReviewEvidence ev = ReviewEvidence.load(evidence, decisions, mapping, workloadId, review.review().id());
        Map<String, ImprovementTracking> tracked = new HashMap<>();
        repository.forWorkload(workloadId).forEach(t -> tracked.put(t.questionId() + "/" + t.choiceId(), t));
        LocalDate today = LocalDate.now(clock);
        List<ImprovementItem> items = new ArrayList<>();
        for (PracticeRef p : PracticeRef.all(review.lens())) {
            Optional<Answer> answer = review.answer(p.questionId());
            if (answer.isEmpty() || !answer.get().isAnswered() || answer.get().notApplicable().isPresent()) {
                continue;
            }
            boolean inPlace = answer.get().statusOf(p.choiceId()) != ChoiceStatus.UNSELECTED;
            ImprovementTracking t = tracked.get(p.key());
            if (inPlace && t == null) {
                continue;
            }
            items.add(item(review, p, t == null ? ImprovementTracking.untouched(p.questionId(), p.choiceId()) : t,
                    inPlace, ev.forPractice(p.label()), today));
        }
        return items.stream().filter(filter::test).sorted(sort.comparator()).toList();
    }

    /** The item of one practice (by label, e.g. SEC03-BP02). */
    public Optional<ImprovementItem> item(long workloadId, String practiceLabel) {
        return items(workloadId).stream().filter(i -> i.practice().label().equalsIgnoreCase(practiceLabel.strip()))
                .findFirst();
    }

    /** Items the newest evidence says are done while they are still open: the reviewer confirms each. */
    public List<ImprovementItem> proposedDone(long workloadId) {
        return items(workloadId).stream().filter(ImprovementItem::proposedDone).toList();
    }

    /** Changes owner, due date, status, justification, expiry or notes of an item, and records the change. */
    public ImprovementItem update(long workloadId, String practiceLabel, ImprovementUpdate update) {
        ImprovementUpdate valid = update.validated();
        ImprovementItem item = item(workloadId, practiceLabel).orElseThrow(() -> new InvalidImprovementException("\""
                + practiceLabel + "\" is not on the improvement plan: it is in place, does not apply, or its question is"
                + " not answered yet."));
        journal.write(entries -> {
            ImprovementTracking before = item.tracking();
            ImprovementTracking after = before.with(valid, journal.actor().reviewer(), clock.instant());
            String was = state(before);
            String now = state(after);
            if (!was.equals(now)) {
                repository.save(workloadId, after);
                entries.record(workloadId, Change.of(ChangeKind.IMPROVEMENT_CHANGED, item.practice().key(),
                        item.practice().label() + ": " + ImprovementChanges.describe(before, after), was, now));
            }
            return null;
        });
        return item(workloadId, item.practice().label()).orElseThrow();
    }

    /** Accepts the evidence's proposal: the item is marked done. */
    public ImprovementItem confirmDone(long workloadId, String practiceLabel) {
        ImprovementItem item = item(workloadId, practiceLabel).filter(ImprovementItem::proposedDone)
                .orElseThrow(() -> new InvalidImprovementException("\"" + practiceLabel
                        + "\" is not proposed as done: its checks do not all pass in the newest evidence run."));
        ImprovementUpdate done = item.tracking().asUpdate().withStatus(ImprovementStatus.DONE);
        String note = "Confirmed done from evidence run " + item.evidence().map(PracticeEvidence::runId).orElse(0L) + ".";
        return update(workloadId, practiceLabel, new ImprovementUpdate(done.owner(), done.due(), done.status(),
                done.justification(), done.acceptedUntil(), done.notes().isEmpty() ? note : done.notes() + "\n" + note));
    }

    private ImprovementItem item(ReviewSnapshot review, PracticeRef p, ImprovementTracking t, boolean inPlace,
                                 Optional<PracticeEvidence> ev, LocalDate today) {
        Question q = review.lens().lens().question(p.questionId()).orElseThrow();
        boolean overdue = t.status().active() && t.due().map(d -> d.isBefore(today)).orElse(false);
        boolean expired = t.status() == ImprovementStatus.RISK_ACCEPTED
                && t.acceptedUntil().map(d -> d.isBefore(today)).orElse(false);
        boolean proposed = !inPlace && t.status().active()
                && ev.map(e -> e.verdict() == PracticeEvidence.Verdict.IN_PLACE).orElse(false);
        return new ImprovementItem(p, review.lens().questionLabel(q.id()), q.title(), review.risk(q.id()), t, inPlace,
                overdue, expired, ev, proposed);
    }

    static String state(ImprovementTracking t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("owner", t.owner());
        m.put("due", t.due().map(LocalDate::toString).orElse(""));
        m.put("status", t.status().name());
        m.put("justification", t.justification());
        m.put("acceptedUntil", t.acceptedUntil().map(LocalDate::toString).orElse(""));
        m.put("notes", t.notes());
        return CanonicalJson.fields(m);
    }
}
