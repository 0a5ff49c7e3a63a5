package io.secpillar.assessment.port;

import io.secpillar.assessment.EvidenceDecision;

import java.util.List;

/** Stores the reviewer's decisions on evidence, append-only. */
public interface EvidenceDecisionRepository {

    void record(EvidenceDecision decision);

    /** Every decision of the review, oldest first. */
    List<EvidenceDecision> forReview(long reviewId);
}
