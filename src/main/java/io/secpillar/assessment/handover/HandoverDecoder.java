package io.secpillar.assessment.handover;

import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.audit.AuditProblem;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.ChainCheck;
import io.secpillar.assessment.handover.HandoverContent.AnswerDto;
import io.secpillar.assessment.handover.HandoverContent.AttachmentDto;
import io.secpillar.assessment.handover.HandoverContent.DecisionDto;
import io.secpillar.assessment.handover.HandoverContent.ImprovementDto;
import io.secpillar.assessment.handover.HandoverContent.MilestoneDto;
import io.secpillar.assessment.handover.HandoverContent.RecordDto;
import io.secpillar.assessment.handover.HandoverContent.ResultDto;
import io.secpillar.assessment.handover.HandoverContent.RunDto;
import io.secpillar.assessment.improvement.ImprovementStatus;
import io.secpillar.assessment.improvement.ImprovementTracking;
import io.secpillar.assessment.improvement.ImprovementUpdate;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.assessment.milestone.MilestoneCodec;
import io.secpillar.assessment.port.LensRepository;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.LensRef;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every part of a hand-over file and turns it into the core's values: the workload, the lens (validated like
 * any custom lens), answers against that lens, references between parts, attachment hashes, milestone hashes, and
 * the audit trail, which must be an intact chain that ends in exactly the answers, details and milestones the file
 * holds. The first problems found refuse the file; nothing is written before all of this passed.
 */
final class HandoverDecoder {

    private static final int SHOWN = 3;

    private final LensLibrary lenses;
    private final List<String> problems = new ArrayList<>();

    HandoverDecoder(LensLibrary lenses) {
        this.lenses = lenses;
    }

    Decoded decode(Path file, HandoverPackage pkg) {
        try {
            Decoded decoded = decodeAll(pkg);
            if (problems.isEmpty()) {
                return decoded;
            }
        } catch (RuntimeException e) {
            problems.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        List<String> shown = problems.subList(0, Math.min(SHOWN, problems.size()));
        throw new HandoverFileException(file + " cannot be imported: " + String.join("; ", shown)
                + (problems.size() > SHOWN ? " (and " + (problems.size() - SHOWN) + " more)" : "") + ". Nothing was changed.");
    }

    /** The lens the file's review was answered with, validated (not stored yet). */
    private LoadedLens lens(HandoverContent.LensDto l) {
        LensRef ref = new LensRef(text(l.alias(), "lens alias"), text(l.version(), "lens version"));
        LoadedLens.Origin origin = value(LoadedLens.Origin.class, l.origin(), "lens origin");
        LensRepository.StoredLens stored = new LensRepository.StoredLens(ref, origin, text(l.name(), "lens name"),
                text(l.lensJson(), "lens"), l.guidanceJson() == null ? "" : l.guidanceJson());
        return lenses.validate(stored);
    }

    private Decoded decodeAll(HandoverPackage pkg) {
        HandoverContent c = pkg.content();
        HandoverContent.WorkloadDto w = required(c.workload(), "workload");
        WorkloadDraft draft = new WorkloadDraft(w.name(), w.client(), w.description(),
                value(Environment.class, w.environment(), "environment"), list(w.accountIds()), list(w.regions()),
                w.reviewOwner());
        draft.problems().forEach(p -> problems.add("the workload: " + p));
        String uid = text(w.uid(), "workload uid");
        if (uid.isBlank() || uid.length() > 36) {
            problems.add("the workload's identity is not valid");
        }
        HandoverContent.LensDto lensDto = required(c.lens(), "lens");
        LoadedLens lens = lens(lensDto);
        Map<Long, RunDto> runDtos = new HashMap<>();
        list(c.evidenceRuns()).forEach(r -> runDtos.put(r.id(), r));
        List<Answer> answers = answers(lens, list(c.answers()));
        List<EvidenceDecision> decisions = new ArrayList<>();
        for (DecisionDto d : list(c.evidenceDecisions())) {
            choice(lens, d.questionId(), d.choiceId(), "an evidence decision");
            runRef(runDtos, d.runId(), "an evidence decision");
            decisions.add(new EvidenceDecision(0, d.questionId(), d.choiceId(), d.runId(),
                    value(EvidenceDecision.Kind.class, d.decision(), "decision"), d.decidedBy(), time(d.decidedAt())));
        }
        List<Milestone> milestones = milestones(list(c.milestones()), runDtos);
        List<ImprovementTracking> improvements = improvements(lens, list(c.improvements()));
        List<Attachment> attachments = attachments(lens, list(c.attachments()), pkg.attachments());
        List<Decoded.Run> runs = new ArrayList<>();
        list(c.evidenceRuns()).forEach(r -> runs.add(run(r)));
        List<AuditRecord> trail = trail(list(c.auditTrail()));
        ChainCheck check = new ChainCheck(draft.name(), lens);
        trail.forEach(check);
        Map<String, Answer> byQuestion = new HashMap<>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a));
        for (AuditProblem p : check.compare(byQuestion, draft, milestones)) {
            problems.add("its audit trail does not match its content: " + p.message().replaceAll("\\.$", ""));
        }
        if (trail.isEmpty()) {
            problems.add("it carries no audit trail");
        }
        LensRepository.StoredLens storedLens = new LensRepository.StoredLens(lens.ref(), lens.origin(), lens.lens().name(),
                lens.lensJson(), lens.guidanceJson());
        return new Decoded(pkg.contentSha256(), c.exportedBy() == null ? "" : c.exportedBy().reviewer(),
                time(c.exportedAt()), uid, draft, time(w.createdAt()), time(w.updatedAt()), storedLens,
                time(required(c.review(), "review").createdAt()), answers, decisions, milestones, improvements, attachments,
                pkg.attachments(), runs, trail);
    }

    private List<Answer> answers(LoadedLens lens, List<AnswerDto> dtos) {
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnswerDto dto : dtos) {
            Answer parsed = CanonicalJson.answerFrom(required(dto.state(), "answer"));
            Optional<Question> q = lens.lens().question(parsed.questionId());
            if (q.isEmpty()) {
                problems.add("an answer names a question the lens does not have (" + parsed.questionId() + ")");
                continue;
            }
            if (!seen.add(parsed.questionId())) {
                problems.add("the question " + lens.questionLabel(parsed.questionId()) + " is answered twice");
            }
            Set<String> choices = new HashSet<>(parsed.selected());
            choices.addAll(parsed.choicesNotApplicable().keySet());
            choices.stream().filter(id -> q.get().choice(id).isEmpty()).forEach(id -> problems.add("the answer to "
                    + lens.questionLabel(parsed.questionId()) + " names a choice the lens does not have (" + id + ")"));
            if (!CanonicalJson.answer(parsed).equals(CanonicalJson.write(dto.state()))) {
                problems.add("the answer to " + lens.questionLabel(parsed.questionId()) + " is not in canonical form");
            }
            answers.add(parsed.changed(dto.changedBy(), time(dto.changedAt())));
        }
        return answers;
    }

    private List<Milestone> milestones(List<MilestoneDto> dtos, Map<Long, RunDto> runs) {
        List<Milestone> milestones = new ArrayList<>();
        for (MilestoneDto m : dtos) {
            String content = text(m.content(), "milestone content");
            if (!Sha256.hex(content).equals(m.contentSha256())) {
                problems.add("the milestone \"" + m.name() + "\" does not match its SHA-256");
            }
            MilestoneCodec.read(content);
            if (m.runId() != null) {
                runRef(runs, m.runId(), "the milestone \"" + m.name() + "\"");
            }
            milestones.add(new Milestone(0, text(m.uid(), "milestone uid"), 0, text(m.name(), "milestone name"), m.note(),
                    time(m.createdAt()), m.createdBy(), Optional.ofNullable(m.runId()), content, m.contentSha256()));
        }
        return milestones;
    }

    private List<ImprovementTracking> improvements(LoadedLens lens, List<ImprovementDto> dtos) {
        List<ImprovementTracking> items = new ArrayList<>();
        for (ImprovementDto i : dtos) {
            choice(lens, i.questionId(), i.choiceId(), "an improvement item");
            ImprovementUpdate u = new ImprovementUpdate(i.owner(), date(i.due()),
                    value(ImprovementStatus.class, i.status(), "status"), i.justification(), date(i.acceptedUntil()), i.notes());
            u.problems().forEach(p -> problems.add("an improvement item: " + p));
            items.add(ImprovementTracking.untouched(i.questionId(), i.choiceId()).with(u, i.updatedBy(), time(i.updatedAt())));
        }
        return items;
    }

    private List<Attachment> attachments(LoadedLens lens, List<AttachmentDto> dtos, Map<String, byte[]> files) {
        List<Attachment> attachments = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (AttachmentDto a : dtos) {
            choice(lens, a.questionId(), a.choiceId(), "an attachment");
            Attachment.Kind kind = value(Attachment.Kind.class, a.kind(), "attachment kind");
            if (kind == Attachment.Kind.FILE) {
                byte[] bytes = files.get(a.sha256());
                if (bytes == null) {
                    problems.add("the file of attachment \"" + a.name() + "\" is missing");
                } else if (!Sha256.hex(bytes).equals(a.sha256()) || bytes.length != a.size()) {
                    problems.add("the file of attachment \"" + a.name() + "\" does not match its SHA-256 or size");
                }
                used.add(a.sha256());
            } else if (a.link() == null || a.link().isBlank()) {
                problems.add("the link attachment \"" + a.name() + "\" has no link");
            }
            attachments.add(new Attachment(0, text(a.uid(), "attachment uid"), 0, a.questionId(), a.choiceId(), kind,
                    a.name(), a.size(), Optional.ofNullable(a.sha256()), Optional.ofNullable(a.link()), a.addedBy(),
                    a.osUser(), time(a.addedAt())));
        }
        files.keySet().stream().filter(sha -> !used.contains(sha))
                .forEach(sha -> problems.add("it holds a file no attachment refers to (" + sha + ")"));
        return attachments;
    }

    private Decoded.Run run(RunDto r) {
        List<CheckInfo> checks = new ArrayList<>();
        Map<String, CheckInfo> byId = new HashMap<>();
        list(r.checks()).forEach(c -> {
            CheckInfo info = new CheckInfo(text(c.id(), "check id"), c.title(), c.service(),
                    value(Severity.class, c.severity(), "severity"), value(Scope.class, c.scope(), "scope"), c.remediation());
            checks.add(info);
            byId.put(info.id(), info);
        });
        List<EvidenceResult> results = new ArrayList<>(list(r.results()).size());
        for (ResultDto d : list(r.results())) {
            Finding f = new Finding(text(d.checkId(), "check id"), value(Status.class, d.status(), "status"), d.accountId(),
                    d.region(), d.resourceId(), d.reason(), d.observed() == null ? Map.of() : d.observed(), d.proof());
            CheckInfo check = byId.get(f.checkId());
            results.add(new EvidenceResult(f, check != null ? check : CheckInfo.unknown(f.checkId()),
                    list(d.bestPractices())));
        }
        NewEvidenceRun start = new NewEvidenceRun(Optional.empty(), list(r.profiles()), list(r.accountIds()),
                list(r.regions()), text(r.catalogVersion(), "catalog version"), time(r.startedAt()), checks);
        return new Decoded.Run(r.id(), start, results, value(EvidenceRunInfo.State.class, r.state(), "run state"),
                Optional.ofNullable(r.endedAt()).map(HandoverDecoder::time), Optional.ofNullable(r.error()));
    }

    private List<AuditRecord> trail(List<RecordDto> dtos) {
        List<AuditRecord> records = new ArrayList<>(dtos.size());
        for (RecordDto r : dtos) {
            records.add(new AuditRecord(r.sequence(), time(r.at()), value(ChangeKind.class, r.kind(), "record kind"),
                    r.subject(), r.summary(), r.before(), r.after(), r.reviewer(), r.osUser(), r.previousHash(), r.hash()));
        }
        return records;
    }

    private void choice(LoadedLens lens, String questionId, String choiceId, String what) {
        boolean known = lens.lens().question(questionId == null ? "" : questionId)
                .flatMap(q -> q.choice(choiceId == null ? "" : choiceId)).isPresent();
        if (!known) {
            problems.add(what + " names a best practice the lens does not have (" + questionId + "/" + choiceId + ")");
        }
    }

    private void runRef(Map<Long, RunDto> runs, long runId, String what) {
        if (!runs.containsKey(runId)) {
            problems.add(what + " refers to evidence run " + runId + ", which the file does not hold");
        }
    }

    private static Instant time(String s) {
        try {
            return Instant.parse(text(s, "a time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a time in ISO-8601 UTC", e);
        }
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a date (yyyy-MM-dd)", e);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, text(name, what));
        } catch (IllegalArgumentException e) {
            if (name == null) {
                throw e;
            }
            throw new IllegalArgumentException(what + " \"" + name + "\" is not known", e);
        }
    }

    private static String text(String s, String what) {
        if (s == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return s;
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
