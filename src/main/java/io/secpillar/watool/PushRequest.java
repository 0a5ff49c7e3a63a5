package io.secpillar.watool;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to push: the review as read now, the lens mode, an optional milestone name, and the review owner to give the
 * WA Tool when the workload names none (the Tool requires one).
 */
public record PushRequest(ReviewSnapshot review, LensMode mode, Optional<String> milestone, String ownerFallback) {

    /** The WA Tool's limit for a milestone name. */
    public static final int MAX_MILESTONE = 100;

    public PushRequest {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(mode, "mode");
        milestone = milestone.map(String::strip).filter(m -> !m.isEmpty());
        ownerFallback = ownerFallback == null ? "" : ownerFallback.strip();
        if (milestone.isPresent() && milestone.get().length() > MAX_MILESTONE) {
            throw new WaToolException("The milestone name has " + milestone.get().length() + " characters; the WA Tool"
                    + " keeps at most " + MAX_MILESTONE + ".");
        }
        if (mode == LensMode.MANAGED && review.lens().origin() != LoadedLens.Origin.BUNDLED) {
            throw new WaToolException("The review of \"" + review.workload().name() + "\" uses the custom lens \""
                    + review.lens().lens().name() + "\", whose ids are not those of the AWS-managed lens: push it with"
                    + " --lens custom.");
        }
    }

    public LoadedLens lens() {
        return review.lens();
    }

    public LensIds ids() {
        return LensIds.of(mode);
    }

    public WaAccessList accessList() {
        return WaAccessList.push(mode, milestone.isPresent());
    }

    /** The answered questions, in lens order: the ones a push writes. Unanswered ones stay as they are in the Tool. */
    public List<Answer> answersToWrite() {
        return review.questions().stream().map(q -> review.answer(q.id()))
                .flatMap(Optional::stream)
                .filter(a -> a.isAnswered() || !a.notes().isBlank())
                .toList();
    }
}
