package io.secpillar.assessment;

import io.secpillar.assessment.port.EvidenceDecisionRepository;
import io.secpillar.assessment.port.Transactions;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Records which answers were taken from evidence and from which run. The app never changes an answer by
 * itself: the question pane calls {@link #answerFollowing} only when the reviewer presses Accept, saves that
 * answer as any other edit, and records the decision here.
 */
public final class EvidenceDecisions {

    private final EvidenceDecisionRepository repository;
    private final Clock clock;
    private final Optional<ReviewService> reviews;
    private final ChangeJournal journal;

    /** Without an audit trail (tests of other features). */
    public EvidenceDecisions(EvidenceDecisionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.reviews = Optional.empty();
        this.journal = ChangeJournal.unrecorded(Transactions.none(), Actor::system);
    }

    /** Recording every decision in the audit trail of the review's workload. */
    public EvidenceDecisions(EvidenceDecisionRepository repository, Clock clock, ReviewService reviews) {
        this.repository = repository;
        this.clock = clock;
        this.reviews = Optional.of(reviews);
        this.journal = reviews.journal();
    }

    public EvidenceDecision accepted(long reviewId, String questionId, String choiceId, long runId, String by) {
        return record(reviewId, questionId, choiceId, runId, EvidenceDecision.Kind.ACCEPTED, by);
    }

    public EvidenceDecision overridden(long reviewId, String questionId, String choiceId, long runId, String by) {
        return record(reviewId, questionId, choiceId, runId, EvidenceDecision.Kind.OVERRIDDEN, by);
    }

    /** The decision in force for each choice of the review, keyed by "questionId/choiceId". */
    public Map<String, EvidenceDecision> current(long reviewId) {
        Map<String, EvidenceDecision> latest = new LinkedHashMap<>();
        repository.forReview(reviewId).forEach(d -> latest.put(key(d.questionId(), d.choiceId()), d));
        return latest;
    }

    public Optional<EvidenceDecision> current(long reviewId, String questionId, String choiceId) {
        return Optional.ofNullable(current(reviewId).get(key(questionId, choiceId)));
    }

    /**
     * The answer as it would be if the reviewer follows the evidence for this choice: ticked when the evidence
     * says in place, unticked when it says not in place, unchanged when it cannot tell.
     */
    public static Answer answerFollowing(Answer answer, Question question, String choiceId, PracticeEvidence evidence) {
        return evidence.suggestsInPlace().map(inPlace -> answer.withChoice(question, choiceId, inPlace)).orElse(answer);
    }

    public static String key(String questionId, String choiceId) {
        return questionId + "/" + choiceId;
    }

    private EvidenceDecision record(long reviewId, String q, String c, long runId, EvidenceDecision.Kind kind, String by) {
        EvidenceDecision d = new EvidenceDecision(reviewId, q, c, runId, kind, by, clock.instant());
        return journal.write(entries -> {
            Optional<EvidenceDecision> before = current(reviewId, q, c);
            repository.record(d);
            reviews.flatMap(r -> r.review(reviewId)).ifPresent(review -> {
                LoadedLens lens = reviews.get().lenses().resolve(review.lens());
                entries.record(review.workloadId(), new Change(ChangeKind.EVIDENCE_DECISION, key(q, c),
                        lens.practiceLabel(q, c) + ": " + d.label(), before.map(EvidenceDecisions::state).orElse(""),
                        state(d), Optional.of(by)));
            });
            return d;
        });
    }

    private static String state(EvidenceDecision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("decision", d.kind().name());
        m.put("runId", Long.toString(d.runId()));
        return CanonicalJson.fields(m);
    }
}
