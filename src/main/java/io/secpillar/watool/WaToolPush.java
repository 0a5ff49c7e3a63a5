package io.secpillar.watool;

import io.secpillar.assessment.Workload;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Pushes a review into the WA Tool, step by step as {@link PushPlanner} lists them. It stops at the first call that
 * fails and says what was written until then; it never re-sends on its own beyond the client's retries (throttling
 * is retried with back-off there). A re-push finds the workload, lens and milestone it made before and updates the
 * answers in place: nothing is duplicated.
 */
public final class WaToolPush {

    private final WaToolPort tool;

    public WaToolPush(WaToolPort tool) {
        this.tool = tool;
    }

    /** Runs the push; {@code cancelled} is asked between calls (a call under way finishes). */
    public PushReport run(PushRequest request, PushListener listener, BooleanSupplier cancelled) {
        return new Run(request, listener, cancelled).go();
    }

    /** The state of one push while it runs. */
    private final class Run {
        private final PushRequest request;
        private final PushListener listener;
        private final BooleanSupplier cancelled;
        private final int total;
        private final List<String> written = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> replaced = new ArrayList<>();
        private final Map<String, WaQuestion> inTool = new LinkedHashMap<>();
        private int done;
        private String workloadId = "";
        private boolean created;
        private String lensAlias = LensMode.MANAGED_LENS_ALIAS;
        private Optional<IdCheck> ids = Optional.empty();
        private Optional<Integer> milestone = Optional.empty();

        Run(PushRequest request, PushListener listener, BooleanSupplier cancelled) {
            this.request = request;
            this.listener = listener;
            this.cancelled = cancelled;
            this.total = PushPlanner.plan(request).size();
        }

        PushReport go() {
            try {
                if (request.mode() == LensMode.CUSTOM && !stillGoing(this::importLens)) {
                    return report(Optional.empty(), true);
                }
                if (!stillGoing(this::findOrCreateWorkload)) {
                    return report(Optional.empty(), true);
                }
                Map<String, Set<String>> toolChoices = readLensReview();
                for (Answer answer : request.answersToWrite()) {
                    if (cancelled.getAsBoolean()) {
                        return report(Optional.empty(), true);
                    }
                    write(answer, toolChoices);
                }
                if (request.milestone().isPresent() && !stillGoing(this::milestone)) {
                    return report(Optional.empty(), true);
                }
                return report(Optional.empty(), false);
            } catch (WaToolCallException e) {
                return report(Optional.of(failure(e)), false);
            }
        }

        private boolean stillGoing(Runnable step) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            step.run();
            return true;
        }

        private void importLens() {
            String name = request.lens().lens().name();
            String version = request.lens().ref().version();
            List<WaLens> found = tool.listCustomLenses(name);
            step("ListLenses: " + (found.isEmpty() ? "no custom lens \"" + name + "\" yet"
                    : "found " + found.get(0).arn()));
            Optional<WaLens> existing = found.stream().filter(l -> l.name().equals(name)).findFirst();
            if (existing.isPresent() && existing.get().version().filter(version::equals).isPresent()) {
                lensAlias = existing.get().arn();
                done++; // the import and the version are one step here
                step("The custom lens is already published at version " + version + ": not imported again");
                return;
            }
            lensAlias = tool.importLens(existing.map(WaLens::arn), request.lens().lensJson());
            step("ImportLens: " + lensAlias);
            tool.createLensVersion(lensAlias, version);
            step("CreateLensVersion: published version " + version);
            if (existing.isPresent()) {
                notes.add("The custom lens was updated to version " + version + ". A workload that used an earlier"
                        + " version keeps it until its lens review is upgraded in the WA Tool console.");
            }
        }

        private void findOrCreateWorkload() {
            Workload w = request.review().workload();
            Optional<WaWorkloadSummary> existing = tool.listWorkloads(w.name()).stream()
                    .filter(s -> s.name().strip().equalsIgnoreCase(w.name().strip())).findFirst();
            step("ListWorkloads: " + existing.map(s -> "found \"" + s.name() + "\" (" + s.id() + ")")
                    .orElse("no workload \"" + w.name() + "\" yet"));
            if (existing.isEmpty()) {
                existing = create(w);
                if (existing.isEmpty()) {
                    return;
                }
            }
            workloadId = existing.get().id();
            done++;
            if (existing.get().lenses().contains(lensAlias)) {
                step("The workload already has the lens");
            } else {
                tool.associateLenses(workloadId, List.of(lensAlias));
                step("AssociateLenses: " + lensAlias);
            }
        }

        /** Creates the workload; a conflict means one of that name appeared meanwhile, and the push takes it. */
        private Optional<WaWorkloadSummary> create(Workload w) {
            try {
                workloadId = tool.createWorkload(new WaWorkload("", w.name(), description(w), w.environment().name(),
                        w.accountIds(), w.regions(), PushPlanner.owner(request), List.of(lensAlias)));
            } catch (WaToolCallException e) {
                if (e.kind() != WaToolCallException.Kind.CONFLICT) {
                    throw e;
                }
                Optional<WaWorkloadSummary> appeared = tool.listWorkloads(w.name()).stream()
                        .filter(s -> s.name().strip().equalsIgnoreCase(w.name().strip())).findFirst();
                if (appeared.isEmpty()) {
                    throw e;
                }
                notes.add("A workload named \"" + w.name() + "\" appeared in the WA Tool while the push ran; the"
                        + " answers went to it (" + appeared.get().id() + ").");
                return appeared;
            }
            created = true;
            done++;
            step("CreateWorkload: " + workloadId);
            return Optional.empty();
        }

        private Map<String, Set<String>> readLensReview() {
            Optional<String> pillar = request.mode() == LensMode.MANAGED ? Optional.of(LensMode.SECURITY_PILLAR)
                    : Optional.empty();
            Map<String, Set<String>> choices = new LinkedHashMap<>();
            for (WaQuestion q : tool.listAnswers(workloadId, lensAlias, pillar, Optional.empty())) {
                choices.put(q.questionId(), new HashSet<>(q.choiceIds()));
                inTool.put(q.questionId(), q);
            }
            IdCheck check = IdCheck.of(request.lens(), request.ids(), choices);
            ids = Optional.of(check);
            step("ListAnswers: " + check.summary());
            return choices;
        }

        private void write(Answer answer, Map<String, Set<String>> toolChoices) {
            Question q = request.lens().lens().question(answer.questionId()).orElseThrow();
            String label = request.lens().questionLabel(q.id());
            Set<String> choices = toolChoices.get(request.ids().toolQuestionId(q.id()));
            if (choices == null) {
                step(label + ": not written, the WA Tool lens has no such question");
                return;
            }
            WaAnswer wa = AnswerTranslation.toTool(q, answer, request.ids(), choices);
            WaQuestion before = inTool.get(wa.questionId());
            try {
                tool.updateAnswer(workloadId, lensAlias, wa);
            } catch (WaToolCallException e) {
                if (e.kind() != WaToolCallException.Kind.CONFLICT) {
                    throw e;
                }
                throw new WaToolCallException(e.operation(), e.kind(), label + ": " + e.getMessage() + " Someone may"
                        + " be changing this answer or workload in the WA Tool console; push again when they are done"
                        + " (answers already written are simply written again).", e);
            }
            written.add(label);
            if (before != null && before.answered() && differs(before.answer(), wa)) {
                replaced.add(label);
            }
            if (NotesCut.wasCut(wa.notes())) {
                notes.add(label + ": the notes were cut to the WA Tool's " + NotesCut.TOOL_MAX
                        + " characters (marked so); the full text stays in the workbench.");
            }
            step("UpdateAnswer " + label + " " + wa.questionId());
        }

        private void milestone() {
            String name = request.milestone().orElseThrow();
            Optional<WaMilestone> same = tool.listMilestones(workloadId).stream()
                    .filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
            step("ListMilestones: " + same.map(m -> "\"" + name + "\" exists (number " + m.number() + ")")
                    .orElse("\"" + name + "\" is free"));
            if (same.isPresent()) {
                milestone = Optional.of(same.get().number());
                notes.add("The workload already has a milestone named \"" + name + "\" (number " + same.get().number()
                        + "): it was not saved again. Give another name to save the current answers as a milestone.");
                step("Milestone not saved again");
                return;
            }
            try {
                milestone = Optional.of(tool.createMilestone(workloadId, name));
            } catch (WaToolCallException e) {
                if (e.kind() != WaToolCallException.Kind.CONFLICT) {
                    throw e;
                }
                notes.add("The WA Tool refused the milestone \"" + name + "\" as a conflict (a milestone of that name"
                        + " was saved meanwhile): it was not saved again.");
                step("Milestone not saved");
                return;
            }
            step("CreateMilestone: \"" + name + "\" is number " + milestone.get());
        }

        private void step(String line) {
            done = Math.min(done + 1, total);
            listener.step(line, done, total);
        }

        private String failure(WaToolCallException e) {
            String sentence = e.getMessage();
            if (e.operation() != null && e.operation().writes()) {
                sentence += " Nothing further was sent.";
            }
            return sentence + (written.isEmpty() ? " No answer was written."
                    : " Answers written before it stopped: " + String.join(", ", written) + ".");
        }

        private PushReport report(Optional<String> failure, boolean wasCancelled) {
            if (!replaced.isEmpty()) {
                notes.add(0, "Answered differently in the WA Tool before this push, now replaced by the workbench's"
                        + " answer: " + String.join(", ", replaced) + ". Save a milestone in the WA Tool before a push"
                        + " to keep its earlier answers.");
            }
            List<String> notWritten = request.answersToWrite().stream()
                    .map(a -> request.lens().questionLabel(a.questionId()))
                    .filter(label -> !written.contains(label)).toList();
            return new PushReport(workloadId, created, lensAlias, written, notWritten, ids, notes, milestone, failure,
                    wasCancelled);
        }
    }

    /** Whether the Tool's answer (from ListAnswers, so without notes) says something else than what is written. */
    static boolean differs(WaAnswer inTool, WaAnswer written) {
        return inTool.applicable() != written.applicable()
                || !new HashSet<>(inTool.selectedChoices()).equals(new HashSet<>(written.selectedChoices()));
    }

    /** The WA Tool requires a description of 3 characters or more. */
    static String description(Workload w) {
        String text = w.description().isBlank() ? "Security pillar review" + (w.client().isBlank() ? ""
                : " for " + w.client()) + ", pushed from SecPillar Workbench" : w.description();
        return text.length() > 250 ? text.substring(0, 249) + "…" : text;
    }
}
