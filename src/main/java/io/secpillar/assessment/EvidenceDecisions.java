package io.secpillar.assessment;

import io.secpillar.assessment.port.EvidenceDecisionRepository;
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

    public EvidenceDecisions(EvidenceDecisionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
        repository.record(d);
        return d;
    }
}
