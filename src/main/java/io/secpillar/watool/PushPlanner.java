package io.secpillar.watool;

import io.secpillar.assessment.Workload;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls a push makes, in order, worked out before anything is sent: what the dry run prints and what the user
 * sees before confirming. Whether a conditional call is made depends on what the Tool answers to the reads before it.
 */
public final class PushPlanner {

    private PushPlanner() {
    }

    public static List<PlannedCall> plan(PushRequest request) {
        List<PlannedCall> calls = new ArrayList<>();
        Workload w = request.review().workload();
        String lensName = request.lens().lens().name();
        String lensShown = request.mode() == LensMode.MANAGED ? LensMode.MANAGED_LENS_ALIAS : "\"" + lensName + "\"";
        if (request.mode() == LensMode.CUSTOM) {
            String version = request.lens().ref().version();
            calls.add(new PlannedCall(WaOperation.LIST_LENSES, "find the custom lens \"" + lensName + "\"", ""));
            calls.add(new PlannedCall(WaOperation.IMPORT_LENS, "import the lens (" + request.lens().lensJson().length()
                    + " characters of lens JSON)", "unless version " + version + " is already published"));
            calls.add(new PlannedCall(WaOperation.CREATE_LENS_VERSION, "publish version " + version,
                    "after an import"));
        }
        calls.add(new PlannedCall(WaOperation.LIST_WORKLOADS, "find the workload \"" + w.name() + "\"", ""));
        calls.add(new PlannedCall(WaOperation.CREATE_WORKLOAD, "\"" + w.name() + "\": " + w.environment().label()
                + ", " + w.accountIds().size() + " account id(s), " + w.regions().size() + " region(s), review owner "
                + owner(request) + ", lens " + lensShown, "if no workload has that name"));
        calls.add(new PlannedCall(WaOperation.ASSOCIATE_LENSES, "add the lens " + lensShown,
                "if the workload exists without it"));
        calls.add(new PlannedCall(WaOperation.LIST_ANSWERS, "read the questions and choices of the lens review"
                + (request.mode() == LensMode.MANAGED ? " (security pillar)" : "") + " to check every id", ""));
        for (Answer a : request.answersToWrite()) {
            Question q = request.lens().lens().question(a.questionId()).orElseThrow();
            calls.add(new PlannedCall(WaOperation.UPDATE_ANSWER, request.lens().questionLabel(q.id()) + " "
                    + request.ids().toolQuestionId(q.id()) + ": " + describe(a), ""));
        }
        request.milestone().ifPresent(name -> {
            calls.add(new PlannedCall(WaOperation.LIST_MILESTONES, "see whether \"" + name + "\" exists", ""));
            calls.add(new PlannedCall(WaOperation.CREATE_MILESTONE, "save the milestone \"" + name + "\"",
                    "unless the workload has a milestone of that name"));
        });
        return calls;
    }

    static String owner(PushRequest request) {
        String owner = request.review().workload().reviewOwner();
        return owner.isBlank() ? request.ownerFallback() : owner;
    }

    private static String describe(Answer a) {
        List<String> parts = new ArrayList<>();
        if (a.notApplicable().isPresent()) {
            parts.add("does not apply (" + a.notApplicable().get().reason().label() + ")");
        }
        parts.add(a.selected().size() + " selected");
        if (!a.choicesNotApplicable().isEmpty()) {
            parts.add(a.choicesNotApplicable().size() + " not applicable");
        }
        if (!a.notes().isBlank()) {
            parts.add("notes of " + a.notes().length() + " characters");
        }
        return String.join(", ", parts);
    }
}
