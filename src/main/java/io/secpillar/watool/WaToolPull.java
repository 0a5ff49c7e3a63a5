package io.secpillar.watool;

import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a review that a client keeps in the WA Tool: the workload, its security-pillar answers with notes and
 * not-applicable reasons, and its milestones. From our custom lens when the workload has it, else from the security
 * pillar of the AWS-managed lens. Only reads: the pull's client may send nothing else.
 */
public final class WaToolPull {

    private final WaToolPort tool;

    public WaToolPull(WaToolPort tool) {
        this.tool = tool;
    }

    /** Every workload the profile sees in the region, newest first when the Tool gives dates. */
    public List<WaWorkloadSummary> workloads() {
        List<WaWorkloadSummary> all = new ArrayList<>(tool.listWorkloads(""));
        all.sort(Comparator.comparing((WaWorkloadSummary w) -> w.updatedAt().orElse(Instant.EPOCH)).reversed());
        return all;
    }

    /**
     * Reads the workload {@code workloadId} against our lens.
     *
     * @param milestoneAnswers read each milestone's answers too (only when they can be stored)
     */
    public PulledReview read(String workloadId, LoadedLens lens, boolean milestoneAnswers, String by, Instant at,
                             PushListener listener) {
        WaWorkload workload = tool.getWorkload(workloadId);
        listener.step("GetWorkload: \"" + workload.name() + "\", lenses " + String.join(", ", workload.lenses()), 1, 4);
        Source source = source(workload, lens);
        List<String> skipped = new ArrayList<>();
        Map<String, Answer> answers = answers(workloadId, source, lens, Optional.empty(), by, at, skipped);
        listener.step("Answers read from " + source.alias + ": " + answers.size() + " of "
                + lens.lens().questions().size() + " questions", 2, 4);
        List<WaMilestone> inTool = tool.listMilestones(workloadId);
        listener.step("ListMilestones: " + inTool.size(), 3, 4);
        List<ImportedMilestone> imported = new ArrayList<>();
        if (milestoneAnswers) {
            for (WaMilestone m : inTool.stream().sorted(Comparator.comparingInt(WaMilestone::number)).toList()) {
                WaMilestone full = tool.getMilestone(workloadId, m.number());
                imported.add(new ImportedMilestone(full.number(), full.name(), full.recordedAt(),
                        answers(workloadId, source, lens, Optional.of(m.number()), by, at, new ArrayList<>()),
                        full.riskCounts()));
            }
        }
        listener.step("Read", 4, 4);
        return new PulledReview(workload, source.alias, source.mode, answers, skipped, inTool, imported);
    }

    private record Source(String alias, LensMode mode, List<WaQuestion> questions) {
    }

    /** Our custom lens when the workload has one whose questions are ours; else the managed lens's security pillar. */
    private Source source(WaWorkload workload, LoadedLens lens) {
        for (String alias : workload.lenses()) {
            if (alias.startsWith("arn:")) {
                List<WaQuestion> questions = tool.listAnswers(workload.id(), alias, Optional.empty(), Optional.empty());
                boolean ours = lens.lens().questions().stream().allMatch(q ->
                        questions.stream().anyMatch(t -> t.questionId().equals(q.id())));
                if (ours) {
                    return new Source(alias, LensMode.CUSTOM, questions);
                }
            }
        }
        if (workload.lenses().contains(LensMode.MANAGED_LENS_ALIAS)) {
            return new Source(LensMode.MANAGED_LENS_ALIAS, LensMode.MANAGED, List.of());
        }
        throw new WaToolException("The WA Tool workload \"" + workload.name() + "\" has neither the AWS Well-Architected"
                + " Framework lens nor the SecPillar custom lens, so it has no security answers to import.");
    }

    private Map<String, Answer> answers(String workloadId, Source source, LoadedLens lens, Optional<Integer> milestone,
                                        String by, Instant at, List<String> skipped) {
        LensIds ids = LensIds.of(source.mode);
        List<WaQuestion> questions = source.questions.isEmpty() || milestone.isPresent()
                ? tool.listAnswers(workloadId, source.alias, source.mode == LensMode.MANAGED
                ? Optional.of(LensMode.SECURITY_PILLAR) : Optional.empty(), milestone)
                : source.questions;
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (WaQuestion q : questions) {
            Optional<Question> ours = lens.lens().question(ids.ourQuestionId(q.questionId()));
            if (ours.isEmpty()) {
                if (LensMode.SECURITY_PILLAR.equals(q.pillarId())) {
                    skipped.add("question " + q.questionId() + " is not in the workbench's lens");
                }
                continue;
            }
            WaAnswer full = tool.getAnswer(workloadId, source.alias, q.questionId(), milestone);
            Answer answer = AnswerTranslation.fromTool(ours.get(), full, ids, by, at, skipped);
            if (answer.isAnswered() || !answer.notes().isBlank()) {
                answers.put(answer.questionId(), answer);
            }
        }
        return answers;
    }
}
