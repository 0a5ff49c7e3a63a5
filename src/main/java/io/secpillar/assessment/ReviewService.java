package io.secpillar.assessment;

import io.secpillar.assessment.port.ReviewRepository;
import io.secpillar.assessment.port.Transactions;
import io.secpillar.assessment.port.WorkloadRepository;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases of the review: workloads, their review, and answers. Synchronous and toolkit-free;
 * the UI calls it from background threads. Every change goes through the change journal (the audit trail) in the
 * same transaction as the change.
 */
public final class ReviewService {

    private final WorkloadRepository workloads;
    private final ReviewRepository reviews;
    private final LensLibrary lenses;
    private final Clock clock;
    private final ChangeJournal journal;

    /** Without an audit trail (tests of other features). */
    public ReviewService(WorkloadRepository workloads, ReviewRepository reviews, LensLibrary lenses, Clock clock) {
        this(workloads, reviews, lenses, clock, ChangeJournal.unrecorded(Transactions.none(), Actor::system));
    }

    public ReviewService(WorkloadRepository workloads, ReviewRepository reviews, LensLibrary lenses, Clock clock,
                         ChangeJournal journal) {
        this.workloads = workloads;
        this.reviews = reviews;
        this.lenses = lenses;
        this.clock = clock;
        this.journal = journal;
    }

    /** Where this service records its changes; features that write beside it use the same one. */
    public ChangeJournal journal() {
        return journal;
    }

    public LensLibrary lenses() {
        return lenses;
    }

    public Clock clock() {
        return clock;
    }

    /** Every workload with its progress and risk counts, most recently updated first. */
    public List<WorkloadSummary> summaries() {
        return workloads.findAll().stream()
                .sorted(Comparator.comparing(Workload::updatedAt).reversed())
                .map(w -> {
                    ReviewSnapshot snapshot = open(w);
                    return new WorkloadSummary(w, snapshot.lens().lens().name(), snapshot.questions().size(),
                            snapshot.counts());
                })
                .toList();
    }

    /** Creates the workload and its review against the given lens edition. */
    public Workload create(WorkloadDraft draft, LoadedLens lens) {
        WorkloadDraft valid = draft.validated();
        return journal.write(entries -> {
            lenses.remember(lens);
            Workload workload = workloads.create(valid, clock.instant());
            reviews.create(workload.id(), lens.ref(), clock.instant());
            entries.record(workload.id(), Change.of(ChangeKind.WORKLOAD_CREATED, "workload",
                    "Workload \"" + valid.name() + "\" created with the lens " + lens.lens().name(), "",
                    CanonicalJson.workload(valid)));
            return workload;
        });
    }

    public Workload update(long workloadId, WorkloadDraft draft) {
        WorkloadDraft valid = draft.validated();
        return journal.write(entries -> {
            Workload before = workloads.find(workloadId).orElseThrow(() -> new NoSuchWorkloadException("#" + workloadId));
            Workload after = workloads.update(workloadId, valid, clock.instant());
            String was = CanonicalJson.workload(before.draft());
            String now = CanonicalJson.workload(after.draft());
            if (!was.equals(now)) {
                entries.record(workloadId, Change.of(ChangeKind.WORKLOAD_UPDATED, "workload",
                        "Changed " + WorkloadChanges.fields(before.draft(), after.draft()), was, now));
            }
            return after;
        });
    }

    public DeletionImpact deletionImpact(long workloadId) {
        Workload workload = workloads.find(workloadId).orElseThrow(() -> new NoSuchWorkloadException("#" + workloadId));
        List<Review> list = reviews.findByWorkload(workloadId);
        int answered = 0;
        int withNotes = 0;
        for (Review review : list) {
            for (Answer a : reviews.answers(review.id()).values()) {
                answered += a.isAnswered() ? 1 : 0;
                withNotes += a.notes().isBlank() ? 0 : 1;
            }
        }
        return new DeletionImpact(workload.name(), list.size(), answered, withNotes);
    }

    public boolean delete(long workloadId) {
        return workloads.delete(workloadId);
    }

    public List<Workload> workloads() {
        return workloads.findAll();
    }

    public Optional<Workload> find(long workloadId) {
        return workloads.find(workloadId);
    }

    /** Finds a workload by its numeric id, or else by its exact name (case-insensitive). */
    public Optional<Workload> findByIdOrName(String idOrName) {
        String key = idOrName.strip();
        if (key.matches("\\d{1,18}")) {
            Optional<Workload> byId = workloads.find(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        List<Workload> byName = workloads.findAll().stream()
                .filter(w -> w.name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** A review by its id. */
    public Optional<Review> review(long reviewId) {
        return reviews.find(reviewId);
    }

    /** The workload's current review with its answers; creates the review if an earlier crash left none. */
    public ReviewSnapshot open(long workloadId) {
        return open(workloads.find(workloadId).orElseThrow(() -> new NoSuchWorkloadException("#" + workloadId)));
    }

    private ReviewSnapshot open(Workload workload) {
        List<Review> list = reviews.findByWorkload(workload.id());
        Review review;
        if (list.isEmpty()) {
            LoadedLens lens = lenses.bundled();
            lenses.remember(lens);
            review = reviews.create(workload.id(), lens.ref(), clock.instant());
        } else {
            review = list.get(list.size() - 1);
        }
        LoadedLens lens = lenses.resolve(review.lens());
        Map<String, Answer> answers = reviews.answers(review.id());
        return new ReviewSnapshot(workload, review, lens, answers);
    }

    /** Saves an edit and records what it changed (nothing is recorded when only who/when differ). */
    public void saveAnswer(long reviewId, Answer answer) {
        journal.write(entries -> {
            Review review = reviews.find(reviewId).orElseThrow(() -> new NoSuchWorkloadException("with review #" + reviewId));
            Optional<Answer> before = Optional.ofNullable(reviews.answers(reviewId).get(answer.questionId()));
            reviews.saveAnswer(reviewId, answer);
            AnswerChanges.of(lenses.resolve(review.lens()), before, answer)
                    .ifPresent(change -> entries.record(review.workloadId(), change));
            return null;
        });
    }
}
