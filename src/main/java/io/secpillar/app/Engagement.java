package io.secpillar.app;

import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.attachment.AttachmentService;
import io.secpillar.assessment.audit.AuditTrail;
import io.secpillar.assessment.demo.DemoEngagement;
import io.secpillar.assessment.audit.AuditVerifier;
import io.secpillar.assessment.handover.HandoverFiles;
import io.secpillar.assessment.handover.HandoverStores;
import io.secpillar.assessment.improvement.ImprovementPlan;
import io.secpillar.assessment.milestone.MilestoneService;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcAttachmentRepository;
import io.secpillar.storage.JdbcAuditRepository;
import io.secpillar.storage.JdbcEvidenceDecisionRepository;
import io.secpillar.storage.JdbcImprovementRepository;
import io.secpillar.storage.JdbcMilestoneRepository;
import io.secpillar.storage.JdbcReviewRepository;
import io.secpillar.storage.JdbcWorkloadRepository;
import io.secpillar.storage.StoreBackup;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The engagement's use cases wired to the store: milestones, the improvement plan, attachments, the audit trail
 * and its verification, hand-over files, and backups. Composition only; the screens and commands call these.
 */
public final class Engagement {

    private final Database database;
    private final AuditTrail audit;
    private final AuditVerifier verifier;
    private final AttachmentService attachments;
    private final MilestoneService milestones;
    private final ImprovementPlan improvements;
    private final HandoverFiles handover;

    private Engagement(Database database, AuditTrail audit, AuditVerifier verifier, AttachmentService attachments,
                       MilestoneService milestones, ImprovementPlan improvements, HandoverFiles handover) {
        this.database = database;
        this.audit = audit;
        this.verifier = verifier;
        this.attachments = attachments;
        this.milestones = milestones;
        this.improvements = improvements;
        this.handover = handover;
    }

    static Engagement wire(Database database, AuditTrail audit, ReviewService reviews, EvidenceStore evidence,
                           EvidenceDecisions decisions, Clock clock) {
        CheckMapping mapping = CheckMapping.bundled();
        JdbcMilestoneRepository milestoneRepository = new JdbcMilestoneRepository(database);
        JdbcAttachmentRepository attachmentRepository = new JdbcAttachmentRepository(database);
        JdbcImprovementRepository improvementRepository = new JdbcImprovementRepository(database);
        JdbcAuditRepository auditRepository = new JdbcAuditRepository(database);
        AttachmentService attachments = new AttachmentService(attachmentRepository, reviews, clock);
        HandoverStores stores = new HandoverStores(new JdbcWorkloadRepository(database), new JdbcReviewRepository(database),
                evidence, new JdbcEvidenceDecisionRepository(database), milestoneRepository, improvementRepository,
                attachmentRepository, auditRepository);
        return new Engagement(database, audit, new AuditVerifier(auditRepository, reviews, milestoneRepository), attachments,
                new MilestoneService(milestoneRepository, reviews, evidence, mapping, attachments, clock),
                new ImprovementPlan(improvementRepository, reviews, evidence, decisions, mapping, clock),
                new HandoverFiles(stores, reviews, clock));
    }

    public AuditTrail audit() {
        return audit;
    }

    public AuditVerifier verifier() {
        return verifier;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public MilestoneService milestones() {
        return milestones;
    }

    public ImprovementPlan improvements() {
        return improvements;
    }

    public HandoverFiles handover() {
        return handover;
    }

    /** Adds the demo's engagement (milestones, plan, follow-up scan, attachments) to the demo workload. */
    public DemoEngagement demo(ReviewService reviews, EvidenceStore evidence, Clock clock) {
        return new DemoEngagement(reviews, evidence, milestones, improvements, attachments, clock);
    }

    /** A consistent backup of the whole store, taken while it stays in use. */
    public StoreBackup.Outcome backup(Path out) {
        return StoreBackup.backup(database, out);
    }
}
