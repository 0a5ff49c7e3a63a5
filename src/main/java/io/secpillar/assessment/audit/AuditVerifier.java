package io.secpillar.assessment.audit;

import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.audit.port.AuditRepository;
import io.secpillar.assessment.milestone.port.MilestoneRepository;

/**
 * Verifies a workload's audit trail against the store: the chain must be intact, and the answers, workload details
 * and milestone snapshots stored now must be what the chain says. Whatever differs was changed behind the app's
 * back, and is located by workload, question (or milestone) and record.
 */
public final class AuditVerifier {

    private final AuditRepository repository;
    private final ReviewService reviews;
    private final MilestoneRepository milestones;

    public AuditVerifier(AuditRepository repository, ReviewService reviews, MilestoneRepository milestones) {
        this.repository = repository;
        this.reviews = reviews;
        this.milestones = milestones;
    }

    public AuditVerification verify(long workloadId) {
        ReviewSnapshot review = reviews.open(workloadId);
        ChainCheck check = new ChainCheck(review.workload().name(), review.lens());
        repository.forEach(workloadId, check);
        return new AuditVerification(workloadId, review.workload().name(), check.head(),
                check.compare(review.answers(), review.workload().draft(), milestones.forWorkloadAsStored(workloadId)));
    }
}
