package io.secpillar.watool;

import java.util.List;

/**
 * A question of a workload's lens review as ListAnswers returns it: its id and pillar, the ids of its choices, the
 * answer (without notes: those come with GetAnswer) and its risk ({@code UNANSWERED}, {@code HIGH}, …).
 */
public record WaQuestion(String questionId, String pillarId, String title, List<String> choiceIds, WaAnswer answer,
                         String risk) {

    public WaQuestion {
        choiceIds = List.copyOf(choiceIds);
    }

    public boolean answered() {
        return !"UNANSWERED".equals(risk) || !answer.selectedChoices().isEmpty() || !answer.applicable();
    }
}
