package io.secpillar.questionnaire;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Question;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reviewer's answer to one question: the choices in place, the choices that do not apply (with reasons),
 * whether the whole question does not apply, notes, and who changed it last and when.
 * Immutable; the {@code with…} methods apply the answering rules and return a new answer.
 */
public record Answer(String questionId, Set<String> selected, Map<String, NotApplicable> choicesNotApplicable,
                     Optional<NotApplicable> notApplicable, String notes, String changedBy, Instant changedAt) {

    /** The Well-Architected Tool keeps notes up to this length. */
    public static final int MAX_NOTES = 2084;

    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        selected = Set.copyOf(new LinkedHashSet<>(selected));
        choicesNotApplicable = Map.copyOf(choicesNotApplicable);
        notes = notes == null ? "" : notes;
        changedBy = changedBy == null ? "" : changedBy;
        Objects.requireNonNull(changedAt, "changedAt");
        if (notes.length() > MAX_NOTES) {
            throw new InvalidAnswerException("Notes have " + notes.length() + " characters; at most " + MAX_NOTES + " fit.");
        }
    }

    public static Answer empty(String questionId, Instant when) {
        return new Answer(questionId, Set.of(), Map.of(), Optional.empty(), "", "", when);
    }

    /** Answered once a decision was recorded: a choice, a best practice not applicable, or the question not applicable. */
    public boolean isAnswered() {
        return notApplicable.isPresent() || !selected.isEmpty() || !choicesNotApplicable.isEmpty();
    }

    public ChoiceStatus statusOf(String choiceId) {
        if (selected.contains(choiceId)) {
            return ChoiceStatus.SELECTED;
        }
        return choicesNotApplicable.containsKey(choiceId) ? ChoiceStatus.NOT_APPLICABLE : ChoiceStatus.UNSELECTED;
    }

    public boolean noneOfTheseSelected(Question question) {
        return question.noneOfThese().map(c -> selected.contains(c.id())).orElse(false);
    }

    /**
     * Ticks or unticks a choice. Ticking "None of these" clears the best practices; ticking a best practice
     * clears "None of these" and any not-applicable mark on that practice.
     */
    public Answer withChoice(Question question, String choiceId, boolean inPlace) {
        Choice choice = question.choice(choiceId).orElseThrow(() ->
                new InvalidAnswerException("\"" + choiceId + "\" is not a choice of " + question.id()));
        Set<String> nextSelected = new LinkedHashSet<>(selected);
        Map<String, NotApplicable> nextNa = new LinkedHashMap<>(choicesNotApplicable);
        if (!inPlace) {
            nextSelected.remove(choiceId);
        } else if (choice.isNoneOfThese()) {
            nextSelected.clear();
            nextNa.clear();
            nextSelected.add(choiceId);
        } else {
            question.noneOfThese().ifPresent(none -> nextSelected.remove(none.id()));
            nextNa.remove(choiceId);
            nextSelected.add(choiceId);
        }
        return new Answer(questionId, nextSelected, nextNa, notApplicable, notes, changedBy, changedAt);
    }

    /** Marks a best practice as not applicable (or clears the mark with an empty reason). */
    public Answer withChoiceNotApplicable(Question question, String choiceId, Optional<NotApplicable> reason) {
        Choice choice = question.choice(choiceId).orElseThrow(() ->
                new InvalidAnswerException("\"" + choiceId + "\" is not a choice of " + question.id()));
        if (choice.isNoneOfThese()) {
            throw new InvalidAnswerException("\"None of these\" cannot be marked as not applicable.");
        }
        Set<String> nextSelected = new LinkedHashSet<>(selected);
        Map<String, NotApplicable> nextNa = new LinkedHashMap<>(choicesNotApplicable);
        if (reason.isPresent()) {
            nextSelected.remove(choiceId);
            question.noneOfThese().ifPresent(none -> nextSelected.remove(none.id()));
            nextNa.put(choiceId, reason.get());
        } else {
            nextNa.remove(choiceId);
        }
        return new Answer(questionId, nextSelected, nextNa, notApplicable, notes, changedBy, changedAt);
    }

    /** Marks the whole question as not applicable; the ticks stay, so clearing the mark restores them. */
    public Answer withNotApplicable(Optional<NotApplicable> reason) {
        return new Answer(questionId, selected, choicesNotApplicable, reason, notes, changedBy, changedAt);
    }

    public Answer withNotes(String text) {
        return new Answer(questionId, selected, choicesNotApplicable, notApplicable, text, changedBy, changedAt);
    }

    public Answer changed(String by, Instant at) {
        return new Answer(questionId, selected, choicesNotApplicable, notApplicable, notes, by, at);
    }

    /** True when both answers record the same decision and notes, whoever made them. */
    public boolean sameContentAs(Answer other) {
        return selected.equals(other.selected) && choicesNotApplicable.equals(other.choicesNotApplicable)
                && notApplicable.equals(other.notApplicable) && notes.equals(other.notes);
    }
}
