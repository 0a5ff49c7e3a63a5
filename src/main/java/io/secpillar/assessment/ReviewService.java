package io.secpillar.assessment;

import io.secpillar.assessment.port.ReviewRepository;
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
 * the UI calls it from background threads.
 */
public final class ReviewService {

    private final WorkloadRepository workloads;
    private final ReviewRepository reviews;
    private final LensLibrary lenses;
    private final Clock clock;

    public ReviewService(WorkloadRepository workloads, ReviewRepository reviews, LensLibrary lenses, Clock clock) {
        this.workloads = workloads;
        this.reviews = reviews;
        this.lenses = lenses;
        this.clock = clock;
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
        lenses.remember(lens);
        Workload workload = workloads.create(valid, clock.instant());
        reviews.create(workload.id(), lens.ref(), clock.instant());
        return workload;
    }

    public Workload update(long workloadId, WorkloadDraft draft) {
        return workloads.update(workloadId, draft.validated(), clock.instant());
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

    public void saveAnswer(long reviewId, Answer answer) {
        reviews.saveAnswer(reviewId, answer);
    }
}
