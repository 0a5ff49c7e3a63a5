package io.secpillar.assessment;

import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Says in words what an edit changed in an answer, and which kind of change the audit trail files it under. */
public final class AnswerChanges {

    private AnswerChanges() {
    }

    /** The audit record for an edit, or empty when nothing but who/when changed. */
    public static Optional<Change> of(LoadedLens lens, Optional<Answer> before, Answer after) {
        String beforeText = before.map(CanonicalJson::answer).orElse("");
        String afterText = CanonicalJson.answer(after);
        if (beforeText.equals(afterText)) {
            return Optional.empty();
        }
        Answer old = before.orElse(Answer.empty(after.questionId(), after.changedAt()));
        List<String> parts = new ArrayList<>();
        String q = after.questionId();
        List<String> ticked = new ArrayList<>();
        List<String> unticked = new ArrayList<>();
        new TreeSet<>(after.selected()).stream().filter(c -> !old.selected().contains(c)).forEach(c -> ticked.add(label(lens, q, c)));
        new TreeSet<>(old.selected()).stream().filter(c -> !after.selected().contains(c)).forEach(c -> unticked.add(label(lens, q, c)));
        if (!ticked.isEmpty()) {
            parts.add("ticked " + String.join(", ", ticked));
        }
        if (!unticked.isEmpty()) {
            parts.add("unticked " + String.join(", ", unticked));
        }
        boolean applicability = !old.notApplicable().equals(after.notApplicable())
                || !old.choicesNotApplicable().equals(after.choicesNotApplicable());
        describeApplicability(lens, q, old, after, parts);
        boolean notes = !old.notes().equals(after.notes());
        if (notes) {
            parts.add(old.notes().isEmpty() ? "notes added" : after.notes().isEmpty() ? "notes removed" : "notes changed");
        }
        boolean choices = !old.selected().equals(after.selected());
        ChangeKind kind = choices ? ChangeKind.ANSWER_CHANGED : applicability ? ChangeKind.APPLICABILITY_CHANGED
                : notes ? ChangeKind.NOTES_CHANGED : ChangeKind.ANSWER_CHANGED;
        String summary = lens.questionLabel(q) + ": " + (parts.isEmpty() ? "answer changed" : String.join("; ", parts));
        return Optional.of(new Change(kind, q, summary, beforeText, afterText, Optional.of(after.changedBy())));
    }

    private static void describeApplicability(LoadedLens lens, String q, Answer old, Answer now, List<String> parts) {
        if (!old.notApplicable().equals(now.notApplicable())) {
            parts.add(now.notApplicable().map(na -> "question marked not applicable (" + na.describe() + ")")
                    .orElse("question applies again"));
        }
        for (Map.Entry<String, NotApplicable> e : now.choicesNotApplicable().entrySet()) {
            if (!Objects.equals(old.choicesNotApplicable().get(e.getKey()), e.getValue())) {
                parts.add(label(lens, q, e.getKey()) + " marked not applicable (" + e.getValue().describe() + ")");
            }
        }
        for (String c : old.choicesNotApplicable().keySet()) {
            if (!now.choicesNotApplicable().containsKey(c)) {
                parts.add(label(lens, q, c) + " applies again");
            }
        }
    }

    private static String label(LoadedLens lens, String questionId, String choiceId) {
        return lens.lens().question(questionId).flatMap(question -> question.choice(choiceId))
                .map(c -> c.isNoneOfThese() ? "\"None of these\"" : lens.practiceLabel(questionId, choiceId))
                .orElse(choiceId);
    }
}
