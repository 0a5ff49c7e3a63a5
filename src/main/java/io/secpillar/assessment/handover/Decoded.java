package io.secpillar.assessment.handover;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.improvement.ImprovementTracking;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.assessment.port.LensRepository;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-over file turned into the core's own values, every part checked: what an import writes. Evidence runs
 * and what refers to them still carry the ids of the file; the import maps them to the ids it is given.
 */
record Decoded(String contentSha256, String exportedBy, Instant exportedAt, String uid, WorkloadDraft workload,
               Instant createdAt, Instant updatedAt, LensRepository.StoredLens lens, Instant reviewCreatedAt,
               List<Answer> answers, List<EvidenceDecision> decisions, List<Milestone> milestones,
               List<ImprovementTracking> improvements, List<Attachment> attachments, Map<String, byte[]> files,
               List<Run> runs, List<AuditRecord> trail) {

    /** One evidence run of the file: its id there, how it started, its results, and how it ended. */
    record Run(long fileId, NewEvidenceRun start, List<EvidenceResult> results, EvidenceRunInfo.State state,
               Optional<Instant> endedAt, Optional<String> error) { }

    int resultCount() {
        return runs.stream().mapToInt(r -> r.results().size()).sum();
    }
}
