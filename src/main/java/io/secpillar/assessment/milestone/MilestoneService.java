package io.secpillar.assessment.milestone;

import io.secpillar.assessment.Actor;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.attachment.AttachmentService;
import io.secpillar.assessment.milestone.port.MilestoneRepository;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.port.EvidenceStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Milestones of a workload: save one (an immutable snapshot of the review and of the evidence run it was taken
 * with), list, read, delete, compare two or one with now, and the risk counts across all of them.
 */
public final class MilestoneService {

    /** How the current state is named where a milestone is expected (compare-milestones A now). */
    public static final String NOW = "now";

    private final MilestoneRepository repository;
    private final ReviewService reviews;
    private final ChangeJournal journal;
    private final EvidenceStore evidence;
    private final CheckMapping mapping;
    private final AttachmentService attachments;
    private final Clock clock;

    public MilestoneService(MilestoneRepository repository, ReviewService reviews, EvidenceStore evidence,
                            CheckMapping mapping, AttachmentService attachments, Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.journal = reviews.journal();
        this.evidence = evidence;
        this.mapping = mapping;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Saves a milestone of the review as it is now, with the newest finished evidence run. */
    public Milestone create(long workloadId, String name, String note) {
        String cleanName = name == null ? "" : name.strip();
        String cleanNote = note == null ? "" : note.strip();
        if (cleanName.isEmpty() || cleanName.length() > Milestone.MAX_NAME) {
            throw new InvalidMilestoneException("Give the milestone a name of 1 to " + Milestone.MAX_NAME + " characters.");
        }
        if (cleanNote.length() > Milestone.MAX_NOTE) {
            throw new InvalidMilestoneException("The note has " + cleanNote.length() + " characters; at most "
                    + Milestone.MAX_NOTE + " fit.");
        }
        return journal.write(entries -> {
            if (list(workloadId).stream().anyMatch(m -> m.name().equalsIgnoreCase(cleanName))) {
                throw new InvalidMilestoneException("This workload already has a milestone named \"" + cleanName
                        + "\". Choose another name.");
            }
            Actor actor = journal.actor();
            Optional<EvidenceRunInfo> run = latestRun(workloadId);
            MilestoneSnapshot snapshot = current(workloadId, cleanName, cleanNote, actor.reviewer(), run);
            String content = MilestoneCodec.write(snapshot);
            String sha = Sha256.hex(content);
            Milestone stored = repository.insert(new Milestone(0, UUID.randomUUID().toString(), workloadId, cleanName,
                    cleanNote, snapshot.takenAt(), actor.reviewer(), run.map(EvidenceRunInfo::id), content, sha));
            entries.record(workloadId, Change.of(ChangeKind.MILESTONE_CREATED, stored.uid(), "Milestone \"" + cleanName
                    + "\" saved: " + MilestoneComparison.countsText(snapshot.counts())
                    + run.map(r -> ", evidence run " + r.id()).orElse(", no evidence run"), "", recordState(stored)));
            return stored;
        });
    }

    /** The workload's milestones, oldest first. */
    public List<Milestone> list(long workloadId) {
        return repository.forWorkload(workloadId);
    }

    /** A milestone by id or by name (case-insensitive). */
    public Optional<Milestone> find(long workloadId, String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip();
        List<Milestone> all = list(workloadId);
        if (key.matches("\\d{1,18}")) {
            Optional<Milestone> byId = all.stream().filter(m -> m.id() == Long.parseLong(key)).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return all.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    public MilestoneSnapshot snapshot(Milestone milestone) {
        return MilestoneCodec.read(milestone.content());
    }

    /** The question to ask before deleting. */
    public String deletionQuestion(long milestoneId) {
        Milestone m = existing(milestoneId);
        return "Delete the milestone \"" + m.name() + "\" of " + m.createdAt().toString().substring(0, 10)
                + "? Its snapshot cannot be restored; the audit trail keeps a record that it existed.";
    }

    public void delete(long milestoneId) {
        Milestone m = existing(milestoneId);
        journal.write(entries -> {
            repository.delete(milestoneId);
            entries.record(m.workloadId(), Change.of(ChangeKind.MILESTONE_DELETED, m.uid(),
                    "Milestone \"" + m.name() + "\" deleted", recordState(m), ""));
            return null;
        });
    }

    /** Compares two milestones (the earlier first). */
    public MilestoneComparison compare(long workloadId, Milestone from, Milestone to) {
        return compare(workloadId, from.name(), snapshot(from), from.evidenceRunId(), to.name(), snapshot(to),
                to.evidenceRunId());
    }

    /** Compares a milestone with the review and evidence as they are now. */
    public MilestoneComparison compareWithNow(long workloadId, Milestone from) {
        Optional<EvidenceRunInfo> run = latestRun(workloadId);
        MilestoneSnapshot now = current(workloadId, NOW, "", journal.actor().reviewer(), run);
        return compare(workloadId, from.name(), snapshot(from), from.evidenceRunId(), NOW, now,
                run.map(EvidenceRunInfo::id));
    }

    /** The risk counts of every milestone, oldest first, then now: the points of the chart. */
    public List<RiskPoint> riskHistory(long workloadId) {
        List<RiskPoint> points = new ArrayList<>();
        for (Milestone m : list(workloadId)) {
            points.add(new RiskPoint(m.name(), m.createdAt(), snapshot(m).counts(), false));
        }
        points.add(new RiskPoint(NOW, clock.instant(), reviews.open(workloadId).counts(), true));
        return points;
    }

    /** The review as it is now, in a milestone's shape (not stored). */
    public MilestoneSnapshot current(long workloadId) {
        return current(workloadId, NOW, "", journal.actor().reviewer(), latestRun(workloadId));
    }

    private MilestoneSnapshot current(long workloadId, String name, String note, String by, Optional<EvidenceRunInfo> run) {
        ReviewSnapshot review = reviews.open(workloadId);
        Map<String, io.secpillar.questionnaire.QuestionRisk> risks = new LinkedHashMap<>();
        review.questions().forEach(q -> risks.put(q.id(), review.risk(q.id())));
        List<MilestoneSnapshot.ListedAttachment> listed = attachments.list(workloadId).stream()
                .map(a -> new MilestoneSnapshot.ListedAttachment(a.questionId(), a.choiceId(),
                        review.lens().practiceLabel(a.questionId(), a.choiceId()), a.kind().name(), a.name(), a.size(),
                        a.sha256().orElse(""), a.link().orElse("")))
                .toList();
        return new MilestoneSnapshot(name, note, clock.instant(), by, review.review().lens(), review.answers(), risks,
                review.counts(), run.map(r -> EvidenceSummaries.of(r, evidence.results(r.id()), mapping)), listed);
    }

    private MilestoneComparison compare(long workloadId, String fromName, MilestoneSnapshot from, Optional<Long> fromRun,
                                        String toName, MilestoneSnapshot to, Optional<Long> toRun) {
        ReviewSnapshot review = reviews.open(workloadId);
        return MilestoneComparison.of(review.lens(), fromName, from, toName, to,
                EvidenceChanges.between(evidence, fromRun, toRun));
    }

    private Optional<EvidenceRunInfo> latestRun(long workloadId) {
        return evidence.runsForWorkload(workloadId).stream()
                .filter(r -> r.state() != EvidenceRunInfo.State.RUNNING).findFirst();
    }

    private Milestone existing(long id) {
        return repository.find(id).orElseThrow(() -> new InvalidMilestoneException("There is no milestone " + id + "."));
    }

    /** What the audit trail keeps of a milestone: enough to find an edited or vanished snapshot. */
    static String recordState(Milestone m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("uid", m.uid());
        fields.put("name", m.name());
        fields.put("contentSha256", m.contentSha256());
        return CanonicalJson.fields(fields);
    }
}
