package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.ui.common.Background;

import java.util.function.Supplier;

/**
 * Brings the evidence beside the best practices: reads the newest finished run and the review's decisions in the
 * background (again whenever a scan ends), and records the reviewer's Accept / Override decisions.
 */
final class PracticeEvidenceLoader {

    private final EvidenceStore store;
    private final EvidenceDecisions decisions;
    private final ReviewViewModel review;
    private final Supplier<String> reviewer;

    PracticeEvidenceLoader(EvidenceStore store, EvidenceDecisions decisions, ReviewViewModel review,
                           Supplier<String> reviewer) {
        this.store = store;
        this.decisions = decisions;
        this.review = review;
        this.reviewer = reviewer;
    }

    void load() {
        long workloadId = review.snapshot().workload().id();
        long reviewId = review.snapshot().review().id();
        Background.run("The evidence beside the questions could not be read", () -> ReviewEvidence.load(store,
                decisions, CheckMapping.bundled(), workloadId, reviewId), loaded -> review.setEvidence(loaded, this::record));
    }

    private void record(EvidenceDecision.Kind kind, String questionId, String choiceId, long runId) {
        long reviewId = review.snapshot().review().id();
        String by = reviewer.get();
        Background.run("The decision on the evidence was not saved", () -> kind == EvidenceDecision.Kind.ACCEPTED
                        ? decisions.accepted(reviewId, questionId, choiceId, runId, by)
                        : decisions.overridden(reviewId, questionId, choiceId, runId, by),
                review::decisionRecorded,
                e -> review.reportProblem("The decision on the evidence was not saved: " + e.getMessage()));
    }
}
