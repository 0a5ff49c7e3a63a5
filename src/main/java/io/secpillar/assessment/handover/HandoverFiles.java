package io.secpillar.assessment.handover;

import io.secpillar.assessment.Actor;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.Review;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.improvement.ImprovementTracking;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-over files: export a workload whole (review, answers, notes, milestones, improvement plan, attachments,
 * evidence runs, audit trail) to one versioned file; check one and say what it holds; import it all or nothing,
 * also as a copy; and merge a reviewer's returned file ({@link #planMerge}).
 */
public final class HandoverFiles {

    private final HandoverStores stores;
    private final ReviewService reviews;
    private final LensLibrary lenses;
    private final ChangeJournal journal;
    private final Clock clock;

    public HandoverFiles(HandoverStores stores, ReviewService reviews, Clock clock) {
        this.stores = stores;
        this.reviews = reviews;
        this.lenses = reviews.lenses();
        this.journal = reviews.journal();
        this.clock = clock;
    }

    /** Writes the workload to the file; the audit trail records the export (and is in the file with that record). */
    public String export(long workloadId, Path out) {
        return journal.write(entries -> {
            Actor by = journal.actor();
            entries.record(workloadId, Change.of(ChangeKind.EXPORTED, "workload", "Exported to "
                    + fileName(out) + " by " + by.describe(), "", CanonicalJson.fields(Map.of("file", fileName(out)))));
            ReviewSnapshot review = reviews.open(workloadId);
            HandoverExport.Built built = new HandoverExport(stores).build(review, by, clock.instant());
            return HandoverWriter.write(out, built.content(), built.files());
        });
    }

    /** Reads and checks the whole file (nothing is written) and says what it holds. */
    public ImportPreview preview(Path file) {
        return preview(decode(file));
    }

    private ImportPreview preview(Decoded d) {
        return new ImportPreview(d.workload().name(), d.workload().client(), d.exportedBy(), d.exportedAt(),
                d.contentSha256(), d.answers().size(), d.milestones().size(), d.improvements().size(),
                d.attachments().size(), d.runs().size(), d.resultCount(), d.trail().size(),
                stores.workloads().findByUid(d.uid()));
    }

    /**
     * Imports the file as a new workload, or as a copy (a new identity, "(copy)" after the name) when asked. A file
     * whose workload is already here is refused unless imported as a copy: merging is the other way in.
     */
    public ImportResult importFile(Path file, boolean asCopy) {
        Decoded d = decode(file);
        Optional<Workload> existing = stores.workloads().findByUid(d.uid());
        if (existing.isPresent() && !asCopy) {
            throw new AlreadyHereException("The workload \"" + d.workload().name() + "\" of " + file + " is already in"
                    + " this data directory (id " + existing.get().id() + ", \"" + existing.get().name() + "\"). Import it"
                    + " as a copy, or merge the reviewer's changes into it. Nothing was changed.", existing.get());
        }
        Workload imported = journal.writeLarge(entries -> write(d, file, asCopy, entries));
        return new ImportResult(imported, asCopy, preview(d));
    }

    /** Reads, checks and compares a reviewer's returned file with the workload here; nothing is written. */
    public MergePlan planMerge(long workloadId, Path file) {
        return new MergePlanner(stores, reviews).plan(workloadId, file, decode(file));
    }

    /** Applies a merge plan with the reviewer's changes taken or kept as resolved; records the merge. */
    public MergeResult merge(MergePlan plan, Map<String, MergePlan.Resolution> resolutions) {
        return new MergePlanner(stores, reviews).apply(plan, resolutions);
    }

    Decoded decode(Path file) {
        return new HandoverDecoder(lenses).decode(file, HandoverReader.read(file));
    }

    private Workload write(Decoded d, Path file, boolean asCopy, ChangeJournal.Entries entries) {
        WorkloadDraft draft = asCopy ? copyOf(d.workload()) : d.workload();
        String uid = asCopy ? UUID.randomUUID().toString() : d.uid();
        Workload w = stores.workloads().createWithIdentity(d.workload(), uid, d.createdAt(), d.updatedAt());
        LoadedLens lens = lenses.restore(d.lens());
        Review review = stores.reviews().create(w.id(), lens.ref(), d.reviewCreatedAt());
        for (Answer a : d.answers()) {
            stores.reviews().saveAnswer(review.id(), a);
        }
        Map<Long, Long> runIds = new HashMap<>();
        for (Decoded.Run r : d.runs()) {
            NewEvidenceRun s = r.start();
            long id = stores.evidence().startRun(new NewEvidenceRun(Optional.of(w.id()), s.profiles(), s.accountIds(),
                    s.regions(), s.catalogVersion(), s.startedAt(), s.checks()));
            stores.evidence().append(id, r.results());
            if (r.endedAt().isPresent()) {
                stores.evidence().finish(id, r.state(), r.endedAt().get(), r.error());
            }
            runIds.put(r.fileId(), id);
        }
        for (EvidenceDecision e : d.decisions()) {
            stores.decisions().record(new EvidenceDecision(review.id(), e.questionId(), e.choiceId(), runIds.get(e.runId()),
                    e.kind(), e.decidedBy(), e.decidedAt()));
        }
        for (Milestone m : d.milestones()) {
            stores.milestones().insert(m.withId(0, w.id(), m.evidenceRunId().map(runIds::get)));
        }
        for (ImprovementTracking t : d.improvements()) {
            stores.improvements().save(w.id(), t);
        }
        for (Attachment a : d.attachments()) {
            stores.attachments().add(a.withId(0, w.id()), a.sha256().map(d.files()::get));
        }
        stores.audit().appendAll(w.id(), d.trail());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("file", fileName(file));
        fields.put("contentSha256", d.contentSha256());
        fields.put("exportedBy", d.exportedBy());
        fields.put("exportedAt", d.exportedAt().toString());
        fields.put("asCopy", Boolean.toString(asCopy));
        entries.record(w.id(), Change.of(ChangeKind.IMPORTED, "workload", "Imported from " + fileName(file)
                + (asCopy ? " as a copy" : "") + " (exported by " + d.exportedBy() + " on " + d.exportedAt() + ", content"
                + " SHA-256 " + d.contentSha256() + ")", "", CanonicalJson.fields(fields)));
        Workload result = stores.workloads().update(w.id(), draft, d.updatedAt());
        if (asCopy) {
            entries.record(w.id(), Change.of(ChangeKind.WORKLOAD_UPDATED, "workload", "Renamed to \"" + draft.name()
                    + "\" as an imported copy", CanonicalJson.workload(d.workload()), CanonicalJson.workload(draft)));
        }
        return result;
    }

    private static WorkloadDraft copyOf(WorkloadDraft w) {
        String suffix = " (copy)";
        String base = w.name().length() + suffix.length() > WorkloadDraft.MAX_NAME
                ? w.name().substring(0, WorkloadDraft.MAX_NAME - suffix.length()) : w.name();
        return new WorkloadDraft(base + suffix, w.client(), w.description(), w.environment(), w.accountIds(), w.regions(),
                w.reviewOwner());
    }

    static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
