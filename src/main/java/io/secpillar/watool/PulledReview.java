package io.secpillar.watool;

import io.secpillar.questionnaire.Answer;

import java.util.List;
import java.util.Map;

/**
 * A WA Tool workload read for the workbench: its details, the lens its security answers came from, the answers (our
 * ids), what could not be carried over, the milestones the Tool has, and those read in full for import.
 */
public record PulledReview(WaWorkload workload, String lensAlias, LensMode mode, Map<String, Answer> answers,
                           List<String> skipped, List<WaMilestone> toolMilestones,
                           List<ImportedMilestone> milestones) {

    public PulledReview {
        answers = Map.copyOf(answers);
        skipped = List.copyOf(skipped);
        toolMilestones = List.copyOf(toolMilestones);
        milestones = List.copyOf(milestones);
    }
}
