package io.secpillar.assessment.handover;

import io.secpillar.assessment.audit.ChainHead;
import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A reviewer's returned file compared with the workload here, question by question, from the point where the two
 * audit trails part (the export the reviewer worked from): what the reviewer changed, what was changed here, and
 * the conflicts where both changed the same question differently. Nothing is written until it is applied.
 */
public record MergePlan(long workloadId, String workloadName, String fileName, String contentSha256,
                        String theirReviewer, Instant exportedAt, ChainHead localHead, ChainHead theirHead,
                        long commonRecords, List<QuestionMerge> questions) {

    /** Who changed a question since the export. */
    public enum Outcome {
        /** Nobody. */
        UNCHANGED,
        /** Only the reviewer: taken unless kept. */
        THEIRS,
        /** Only here: kept. */
        MINE,
        /** Both, to the same answer. */
        SAME,
        /** Both, differently: to resolve. */
        CONFLICT
    }

    /** How a question the reviewer changed is resolved. */
    public enum Resolution { KEEP_MINE, TAKE_THEIRS }

    /**
     * One question: the answer at the export (base), here (mine) and in the file (theirs), and in words what the
     * reviewer changed and what was changed here.
     */
    public record QuestionMerge(String questionId, String label, String title, Outcome outcome, Optional<Answer> base,
                                Optional<Answer> mine, Optional<Answer> theirs, String theirChange, String myChange) { }

    public MergePlan {
        questions = List.copyOf(questions);
    }

    public List<QuestionMerge> conflicts() {
        return questions.stream().filter(q -> q.outcome() == Outcome.CONFLICT).toList();
    }

    /** Questions only the reviewer changed. */
    public List<QuestionMerge> theirChanges() {
        return questions.stream().filter(q -> q.outcome() == Outcome.THEIRS).toList();
    }
}
