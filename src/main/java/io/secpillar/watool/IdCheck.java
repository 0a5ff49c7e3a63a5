package io.secpillar.watool;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Lens;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of our question and choice ids exist in a WA Tool lens review, given what its ListAnswers returned
 * (question id to choice ids, in the Tool's spelling). What does not map is named and left out of the push; it is
 * never sent as an unknown id.
 */
public record IdCheck(int questions, int questionsMapped, int choices, int choicesMapped, List<String> unmapped) {

    public IdCheck {
        unmapped = List.copyOf(unmapped);
    }

    public static IdCheck of(LoadedLens lens, LensIds ids, Map<String, Set<String>> toolChoicesByQuestion) {
        Lens l = lens.lens();
        int questionsMapped = 0;
        int choices = 0;
        int choicesMapped = 0;
        List<String> unmapped = new ArrayList<>();
        for (Question q : l.questions()) {
            String toolQuestion = ids.toolQuestionId(q.id());
            Set<String> toolChoices = toolChoicesByQuestion.get(toolQuestion);
            choices += q.choices().size();
            if (toolChoices == null) {
                unmapped.add(lens.questionLabel(q.id()) + " " + q.id() + ": the WA Tool lens has no question "
                        + toolQuestion);
                continue;
            }
            questionsMapped++;
            for (Choice c : q.choices()) {
                String toolChoice = ids.toolChoiceId(q.id(), c);
                if (toolChoices.contains(toolChoice)) {
                    choicesMapped++;
                } else {
                    unmapped.add((c.isNoneOfThese() ? lens.questionLabel(q.id()) + " \"None of these\""
                            : lens.practiceLabel(q.id(), c.id())) + ": the WA Tool question " + toolQuestion
                            + " has no choice " + toolChoice);
                }
            }
        }
        return new IdCheck(l.questions().size(), questionsMapped, choices, choicesMapped, unmapped);
    }

    /** Whether the question (our id) is in the Tool's lens. */
    public boolean allMapped() {
        return unmapped.isEmpty();
    }

    public String summary() {
        return questionsMapped + " of " + questions + " questions and " + choicesMapped + " of " + choices
                + " choices map to the WA Tool lens";
    }
}
