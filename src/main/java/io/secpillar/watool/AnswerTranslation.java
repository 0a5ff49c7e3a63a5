package io.secpillar.watool;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our answers in the WA Tool's terms and back. The Tool has no text for why a whole question does not apply, so that
 * text leads the notes ("Not applicable: …") and is read back from there; a best practice's reason text goes into
 * the choice's own notes. Ids the Tool's lens review lacks are left out and named, never sent.
 */
public final class AnswerTranslation {

    /** Leads the notes of a question that does not apply and whose reason has a text. */
    static final String NOT_APPLICABLE_PREFIX = "Not applicable: ";
    static final String NO_REASON_GIVEN = "No reason was given in the AWS Well-Architected Tool.";
    static final String NONE = "NONE";

    private AnswerTranslation() {
    }

    /**
     * The Tool's form of our answer.
     *
     * @param toolChoices the choice ids the Tool's question has (its spelling); others are left out
     */
    public static WaAnswer toTool(Question question, Answer answer, LensIds ids, Set<String> toolChoices) {
        List<String> selected = question.choices().stream()
                .filter(c -> answer.selected().contains(c.id()))
                .map(c -> ids.toolChoiceId(question.id(), c))
                .filter(toolChoices::contains)
                .toList();
        Map<String, WaChoiceState> choices = new LinkedHashMap<>();
        for (Choice c : question.bestPractices()) {
            String toolId = ids.toolChoiceId(question.id(), c);
            if (!toolChoices.contains(toolId)) {
                continue;
            }
            NotApplicable na = answer.choicesNotApplicable().get(c.id());
            if (na != null) {
                choices.put(toolId, new WaChoiceState(WaChoiceState.NOT_APPLICABLE, Optional.of(na.reason().name()),
                        na.text()));
            } else {
                choices.put(toolId, WaChoiceState.of(answer.selected().contains(c.id()) ? WaChoiceState.SELECTED
                        : WaChoiceState.UNSELECTED));
            }
        }
        String notes = answer.notApplicable().filter(na -> !na.text().isEmpty())
                .map(na -> NOT_APPLICABLE_PREFIX + na.text() + "\n\n" + answer.notes())
                .orElse(answer.notes()).strip();
        return new WaAnswer(ids.toolQuestionId(question.id()), selected, choices, answer.notApplicable().isEmpty(),
                Optional.of(answer.notApplicable().map(na -> na.reason().name()).orElse(NONE)),
                NotesCut.forTool(notes));
    }

    /**
     * Our answer from the Tool's.
     *
     * @param skipped collects a sentence for each choice of the Tool's answer that our lens does not have
     */
    public static Answer fromTool(Question question, WaAnswer wa, LensIds ids, String by, Instant at,
                                  List<String> skipped) {
        Set<String> selected = new LinkedHashSet<>();
        Map<String, NotApplicable> choicesNa = new LinkedHashMap<>();
        for (String toolId : wa.selectedChoices()) {
            known(question, ids.ourChoiceId(toolId), toolId, skipped).ifPresent(c -> selected.add(c.id()));
        }
        wa.choices().forEach((toolId, state) -> {
            if (WaChoiceState.NOT_APPLICABLE.equals(state.status())) {
                known(question, ids.ourChoiceId(toolId), toolId, skipped).filter(c -> !c.isNoneOfThese())
                        .ifPresent(c -> {
                            selected.remove(c.id());
                            choicesNa.put(c.id(), reason(state.reason(), state.notes()));
                        });
            }
        });
        String notes = wa.notes();
        Optional<NotApplicable> questionNa = Optional.empty();
        if (!wa.applicable()) {
            String text = "";
            if (notes.startsWith(NOT_APPLICABLE_PREFIX)) {
                int end = notes.indexOf("\n\n");
                text = (end < 0 ? notes : notes.substring(0, end)).substring(NOT_APPLICABLE_PREFIX.length());
                notes = end < 0 ? "" : notes.substring(end + 2);
            }
            questionNa = Optional.of(reason(wa.reason(), text));
        }
        if (notes.length() > Answer.MAX_NOTES) {
            notes = notes.substring(0, Answer.MAX_NOTES);
        }
        return new Answer(question.id(), selected, choicesNa, questionNa, notes, by, at);
    }

    private static Optional<Choice> known(Question question, String ourId, String toolId, List<String> skipped) {
        Optional<Choice> choice = question.choice(ourId);
        if (choice.isEmpty()) {
            skipped.add("choice " + toolId + " of " + question.id() + " is not in the workbench's lens");
        }
        return choice;
    }

    /** The Tool's reason word and notes as our reason; NONE or an unknown word becomes Other with a sentence. */
    static NotApplicable reason(Optional<String> toolReason, String notes) {
        String text = notes == null ? "" : notes.strip();
        if (text.length() > NotApplicable.MAX_TEXT) {
            text = text.substring(0, NotApplicable.MAX_TEXT);
        }
        Optional<NotApplicableReason> ours = toolReason.flatMap(r -> {
            try {
                return Optional.of(NotApplicableReason.valueOf(r));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        if (ours.isEmpty() || ours.get() == NotApplicableReason.OTHER && text.isEmpty()) {
            return new NotApplicable(NotApplicableReason.OTHER, text.isEmpty() ? NO_REASON_GIVEN : text);
        }
        return new NotApplicable(ours.get(), text);
    }
}
