package io.secpillar.assessment.handover;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.storage.JdbcEvidenceDecisionRepository;
import io.secpillar.storage.JdbcImprovementRepository;
import io.secpillar.storage.JdbcWorkloadRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the store holds about one workload, with the local ids that differ between data directories replaced
 * by what they stand for (runs by their position), so that two stores can be compared part by part.
 */
record WorkloadDump(List<Object> workload, List<Object> answers, List<Object> decisions, List<Object> milestones,
                    List<Object> improvements, List<Object> attachments, List<Object> runs, List<AuditRecord> trail) {

    static WorkloadDump of(Services services, long workloadId) {
        ReviewSnapshot s = services.reviews().open(workloadId);
        List<EvidenceRunInfo> runInfos = new ArrayList<>(services.evidence().runsForWorkload(workloadId));
        runInfos.sort(Comparator.comparingLong(EvidenceRunInfo::id));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < runInfos.size(); i++) {
            position.put(runInfos.get(i).id(), i);
        }
        List<Object> workload = List.of(s.workload().draft(), s.workload().createdAt(), s.workload().updatedAt(),
                new JdbcWorkloadRepository(services.database()).uid(workloadId), s.review().lens(), s.review().createdAt());
        List<Object> answers = new ArrayList<>(new java.util.TreeMap<>(s.answers()).values());
        List<Object> decisions = new ArrayList<>();
        new JdbcEvidenceDecisionRepository(services.database()).forReview(s.review().id()).forEach(d -> decisions.add(
                List.of(d.questionId(), d.choiceId(), position.get(d.runId()), d.kind(), d.decidedBy(), d.decidedAt())));
        List<Object> milestones = new ArrayList<>();
        for (Milestone m : services.engagement().milestones().list(workloadId)) {
            milestones.add(List.of(m.uid(), m.name(), m.note(), m.createdAt(), m.createdBy(),
                    m.evidenceRunId().map(position::get).map(Object::toString).orElse("-"), m.content(), m.contentSha256()));
        }
        List<Object> improvements = new ArrayList<>(new JdbcImprovementRepository(services.database()).forWorkload(workloadId));
        List<Object> attachments = new ArrayList<>();
        for (Attachment a : services.engagement().attachments().list(workloadId)) {
            attachments.add(List.of(a.uid(), a.questionId(), a.choiceId(), a.kind(), a.name(), a.size(), a.sha256(), a.link(),
                    a.addedBy(), a.osUser(), a.addedAt(), a.kind() == Attachment.Kind.FILE
                            ? Sha256.hex(services.engagement().attachments().content(a.id())) : "-"));
        }
        List<Object> runs = new ArrayList<>();
        for (EvidenceRunInfo r : runInfos) {
            runs.add(List.of(r.profiles(), r.accountIds(), r.regions(), r.startedAt(), r.endedAt(), r.state(),
                    r.catalogVersion(), services.evidence().error(r.id()), services.evidence().checks(r.id()),
                    services.evidence().results(r.id())));
        }
        return new WorkloadDump(workload, answers, decisions, milestones, improvements, attachments, runs,
                services.engagement().audit().all(workloadId));
    }
}
