package io.secpillar.watool;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.LoadedLens;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a pulled review as a new workbench workload with its review and answers, then hands its milestones to the
 * {@link MilestoneImport}. A workbench workload of the same name is left alone: the new one gets a suffix.
 */
public final class ReviewImport {

    static final String SUFFIX = " (WA Tool)";

    private final ReviewService reviews;
    private final MilestoneImport milestones;

    public ReviewImport(ReviewService reviews, MilestoneImport milestones) {
        this.reviews = reviews;
        this.milestones = milestones;
    }

    /** Whether the milestones of a pulled review can be stored (and so are worth reading in full). */
    public boolean milestonesAvailable() {
        return milestones.available();
    }

    public Workload store(PulledReview pulled, LoadedLens lens, String client) {
        WaWorkload w = pulled.workload();
        WorkloadDraft draft = new WorkloadDraft(freeName(w.name()), client, cut(w.description(),
                WorkloadDraft.MAX_DESCRIPTION), environment(w.environment()), w.accountIds(), validRegions(w.regions()),
                cut(w.reviewOwner(), WorkloadDraft.MAX_CLIENT));
        Workload created = reviews.create(draft, lens);
        ReviewSnapshot review = reviews.open(created.id());
        pulled.answers().values().forEach(a -> reviews.saveAnswer(review.review().id(), a));
        if (milestones.available()) {
            pulled.milestones().forEach(m -> milestones.store(created.id(), m));
        }
        return created;
    }

    private String freeName(String name) {
        Set<String> taken = reviews.workloads().stream().map(x -> x.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String base = cut(name.isBlank() ? "Imported workload" : name.strip(), WorkloadDraft.MAX_NAME);
        if (!taken.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? SUFFIX : " (WA Tool " + n + ")";
            String candidate = cut(base, WorkloadDraft.MAX_NAME - suffix.length()) + suffix;
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    /** Regions the workbench accepts (the Tool also allows names of non-AWS regions elsewhere; they are dropped). */
    private static List<String> validRegions(List<String> regions) {
        return regions.stream().filter(RegionCode::isValid).toList();
    }

    private static Environment environment(String word) {
        return "PREPRODUCTION".equals(word) ? Environment.PREPRODUCTION : Environment.PRODUCTION;
    }

    private static String cut(String s, int max) {
        String text = s == null ? "" : s.strip();
        return text.length() <= max ? text : text.substring(0, max);
    }
}
