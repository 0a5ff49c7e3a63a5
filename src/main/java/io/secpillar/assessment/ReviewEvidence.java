package io.secpillar.assessment;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.port.EvidenceStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence a review is answered beside: the newest finished run of its workload summarised per best
 * practice, and the reviewer's decisions on it. Empty when the workload has no run.
 */
public record ReviewEvidence(Optional<EvidenceRunInfo> run, Map<String, PracticeEvidence> practices,
                             Map<String, EvidenceDecision> decisions) {

    public ReviewEvidence {
        practices = Map.copyOf(practices);
        decisions = Map.copyOf(decisions);
    }

    public static ReviewEvidence none() {
        return new ReviewEvidence(Optional.empty(), Map.of(), Map.of());
    }

    /** Reads the newest run that is not still running, summarises it, and reads the decisions of the review. */
    public static ReviewEvidence load(EvidenceStore store, EvidenceDecisions decisions, CheckMapping mapping,
                                      long workloadId, long reviewId) {
        Optional<EvidenceRunInfo> run = store.runsForWorkload(workloadId).stream()
                .filter(r -> r.state() != EvidenceRunInfo.State.RUNNING).findFirst();
        Map<String, PracticeEvidence> practices = run
                .map(r -> new PracticeEvidenceSummarizer(mapping).summarizeAll(r.id(), store.results(r.id())))
                .orElse(Map.of());
        return new ReviewEvidence(run, practices, decisions.current(reviewId));
    }

    /** The evidence for a practice label (e.g. SEC03-BP02), when the run has any. */
    public Optional<PracticeEvidence> forPractice(String practiceLabel) {
        return Optional.ofNullable(practices.get(practiceLabel)).filter(PracticeEvidence::hasEvidence);
    }

    public Optional<EvidenceDecision> decision(String questionId, String choiceId) {
        return Optional.ofNullable(decisions.get(EvidenceDecisions.key(questionId, choiceId)));
    }

    public ReviewEvidence with(EvidenceDecision decision) {
        Map<String, EvidenceDecision> next = new HashMap<>(decisions);
        next.put(EvidenceDecisions.key(decision.questionId(), decision.choiceId()), decision);
        return new ReviewEvidence(run, practices, next);
    }
}
