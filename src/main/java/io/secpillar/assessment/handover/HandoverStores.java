package io.secpillar.assessment.handover;

import io.secpillar.assessment.attachment.port.AttachmentRepository;
import io.secpillar.assessment.audit.port.AuditRepository;
import io.secpillar.assessment.improvement.port.ImprovementRepository;
import io.secpillar.assessment.milestone.port.MilestoneRepository;
import io.secpillar.assessment.port.EvidenceDecisionRepository;
import io.secpillar.assessment.port.ReviewRepository;
import io.secpillar.assessment.port.WorkloadRepository;
import io.secpillar.evidence.port.EvidenceStore;

/**
 * The stores a hand-over file is read from and written into. An import writes through them directly (not through
 * the use cases, which would record each write again): the file's own audit trail comes along instead.
 */
public record HandoverStores(WorkloadRepository workloads, ReviewRepository reviews, EvidenceStore evidence,
                             EvidenceDecisionRepository decisions, MilestoneRepository milestones,
                             ImprovementRepository improvements, AttachmentRepository attachments,
                             AuditRepository audit) {
}
