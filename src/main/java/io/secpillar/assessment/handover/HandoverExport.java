package io.secpillar.assessment.handover;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secpillar.assessment.Actor;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.AuditRecordHasher;
import io.secpillar.assessment.handover.HandoverContent.ActorDto;
import io.secpillar.assessment.handover.HandoverContent.AnswerDto;
import io.secpillar.assessment.handover.HandoverContent.AttachmentDto;
import io.secpillar.assessment.handover.HandoverContent.CheckDto;
import io.secpillar.assessment.handover.HandoverContent.DecisionDto;
import io.secpillar.assessment.handover.HandoverContent.ImprovementDto;
import io.secpillar.assessment.handover.HandoverContent.LensDto;
import io.secpillar.assessment.handover.HandoverContent.MilestoneDto;
import io.secpillar.assessment.handover.HandoverContent.RecordDto;
import io.secpillar.assessment.handover.HandoverContent.ResultDto;
import io.secpillar.assessment.handover.HandoverContent.ReviewDto;
import io.secpillar.assessment.handover.HandoverContent.RunDto;
import io.secpillar.assessment.handover.HandoverContent.WorkloadDto;
import io.secpillar.assessment.improvement.ImprovementTracking;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one workload out of the stores into the shape of a hand-over file. */
final class HandoverExport {

    private final HandoverStores stores;

    HandoverExport(HandoverStores stores) {
        this.stores = stores;
    }

    /** The content, and the attached files by hash. */
    record Built(HandoverContent content, Map<String, byte[]> files) { }

    Built build(ReviewSnapshot review, Actor by, Instant at) {
        Workload w = review.workload();
        long workloadId = w.id();
        LoadedLens lens = review.lens();
        List<AnswerDto> answers = new ArrayList<>();
        new TreeMap<>(review.answers()).values().forEach(a -> answers.add(answer(a)));
        List<DecisionDto> decisions = stores.decisions().forReview(review.review().id()).stream().map(HandoverExport::decision)
                .toList();
        List<MilestoneDto> milestones = stores.milestones().forWorkload(workloadId).stream().map(HandoverExport::milestone)
                .toList();
        List<ImprovementDto> improvements = stores.improvements().forWorkload(workloadId).stream()
                .map(HandoverExport::improvement).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<AttachmentDto> attachments = new ArrayList<>();
        for (Attachment a : stores.attachments().forWorkload(workloadId)) {
            attachments.add(attachment(a));
            a.sha256().ifPresent(sha -> files.computeIfAbsent(sha, h -> stores.attachments().content(h).orElseThrow(() ->
                    new HandoverFileException("The content of " + a.describe() + " is missing from the data store;"
                            + " remove the attachment or attach the file again. Nothing was exported."))));
        }
        List<RunDto> runs = stores.evidence().runsForWorkload(workloadId).stream()
                .sorted(Comparator.comparingLong(EvidenceRunInfo::id)).map(this::run).toList();
        List<RecordDto> trail = new ArrayList<>();
        stores.audit().forEach(workloadId, r -> trail.add(record(r)));
        HandoverContent content = new HandoverContent(HandoverFormat.SCHEMA_VERSION, at.toString(),
                new ActorDto(by.reviewer(), by.osUser()), workload(w, stores.workloads().uid(workloadId)),
                new LensDto(lens.ref().alias(), lens.ref().version(), lens.origin().name(), lens.lens().name(),
                        lens.lensJson(), lens.guidanceJson()),
                new ReviewDto(review.review().createdAt().toString()), answers, decisions, milestones, improvements,
                attachments, runs, trail);
        return new Built(content, files);
    }

    private static WorkloadDto workload(Workload w, String uid) {
        return new WorkloadDto(uid, w.name(), w.client(), w.description(), w.environment().name(), w.accountIds(),
                w.regions(), w.reviewOwner(), w.createdAt().toString(), w.updatedAt().toString());
    }

    private static AnswerDto answer(Answer a) {
        ObjectNode state = CanonicalJson.answerNode(a);
        return new AnswerDto(state, a.changedBy(), a.changedAt().toString());
    }

    private static DecisionDto decision(EvidenceDecision d) {
        return new DecisionDto(d.questionId(), d.choiceId(), d.runId(), d.kind().name(), d.decidedBy(),
                d.decidedAt().toString());
    }

    private static MilestoneDto milestone(Milestone m) {
        return new MilestoneDto(m.uid(), m.name(), m.note(), m.createdAt().toString(), m.createdBy(),
                m.evidenceRunId().orElse(null), m.content(), m.contentSha256());
    }

    private static ImprovementDto improvement(ImprovementTracking t) {
        return new ImprovementDto(t.questionId(), t.choiceId(), t.owner(), t.due().map(LocalDate::toString).orElse(null),
                t.status().name(), t.justification(), t.acceptedUntil().map(LocalDate::toString).orElse(null), t.notes(),
                t.updatedBy(), t.updatedAt().toString());
    }

    private static AttachmentDto attachment(Attachment a) {
        return new AttachmentDto(a.uid(), a.questionId(), a.choiceId(), a.kind().name(), a.name(), a.size(),
                a.sha256().orElse(null), a.link().orElse(null), a.addedBy(), a.osUser(), a.addedAt().toString());
    }

    private RunDto run(EvidenceRunInfo run) {
        List<CheckDto> checks = stores.evidence().checks(run.id()).stream().map(HandoverExport::check).toList();
        List<EvidenceResult> results = stores.evidence().results(run.id());
        List<ResultDto> dtos = new ArrayList<>(results.size());
        for (EvidenceResult r : results) {
            Finding f = r.finding();
            dtos.add(new ResultDto(f.checkId(), f.status().name(), f.reason(), f.accountId(), f.region(), f.resourceId(),
                    new TreeMap<>(f.observed()), f.proof(), r.bestPractices()));
        }
        return new RunDto(run.id(), run.profiles(), run.accountIds(), run.regions(), run.startedAt().toString(),
                run.endedAt().map(Instant::toString).orElse(null), run.state().name(), run.catalogVersion(),
                stores.evidence().error(run.id()).orElse(null), checks, dtos);
    }

    private static CheckDto check(CheckInfo c) {
        return new CheckDto(c.id(), c.title(), c.service(), c.severity().name(), c.scope().name(), c.remediation());
    }

    static RecordDto record(AuditRecord r) {
        return new RecordDto(r.sequence(), AuditRecordHasher.instant(r.at()), r.kind().name(), r.subject(), r.summary(),
                r.before(), r.after(), r.reviewer(), r.osUser(), r.previousHash(), r.hash());
    }
}
