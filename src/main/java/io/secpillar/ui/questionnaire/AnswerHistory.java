package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer changes of this session, for Ctrl+Z and Ctrl+Shift+Z across the whole review: each entry holds the
 * answer before and after one edit of one question, and says in words what changed.
 */
final class AnswerHistory {

    /** One edit: the question, its answer before (empty when it had none) and after, and what it did. */
    record Change(String questionId, Optional<Answer> before, Answer after, String what) { }

    static final int LIMIT = 500;

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    void record(Change change) {
        undo.push(change);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Change> undo() {
        Change c = undo.poll();
        if (c != null) {
            redo.push(c);
        }
        return Optional.ofNullable(c);
    }

    Optional<Change> redo() {
        Change c = redo.poll();
        if (c != null) {
            undo.push(c);
        }
        return Optional.ofNullable(c);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "ticked SEC01-BP02", "None of these", "does not apply", "notes" and the like, for the notice after undo. */
    static String describe(LoadedLens lens, Question q, Optional<Answer> before, Answer after) {
        Answer was = before.orElseGet(() -> Answer.empty(q.id(), after.changedAt()));
        List<String> parts = new ArrayList<>();
        boolean none = after.noneOfTheseSelected(q) && !was.noneOfTheseSelected(q);
        if (none) {
            parts.add("None of these");
        }
        Set<String> ticked = labels(lens, q, after.selected(), was.selected());
        Set<String> unticked = labels(lens, q, was.selected(), after.selected());
        if (!ticked.isEmpty()) {
            parts.add("ticked " + String.join(", ", ticked));
        }
        if (!unticked.isEmpty() && !none) {
            parts.add("unticked " + String.join(", ", unticked));
        }
        if (!after.choicesNotApplicable().keySet().equals(was.choicesNotApplicable().keySet())) {
            parts.add("a best practice's \"does not apply\"");
        }
        if (!after.notApplicable().equals(was.notApplicable())) {
            parts.add(after.notApplicable().isPresent() ? "question does not apply" : "question applies again");
        }
        if (!after.notes().equals(was.notes())) {
            parts.add("notes");
        }
        return parts.isEmpty() ? "a change" : String.join("; ", parts);
    }

    /** The labels (SEC01-BP02) of the best practices in {@code in} but not in {@code notIn}. */
    static Set<String> labels(LoadedLens lens, Question q, Set<String> in, Set<String> notIn) {
        Set<String> out = new TreeSet<>();
        for (String id : in) {
            if (!notIn.contains(id) && q.noneOfThese().map(n -> !n.id().equals(id)).orElse(true)) {
                out.add(lens.practiceLabel(q.id(), id));
            }
        }
        return out;
    }
}
