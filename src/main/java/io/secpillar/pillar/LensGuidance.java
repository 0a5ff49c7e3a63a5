package io.secpillar.pillar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The companion of a lens file, keyed by the lens's own ids: labels such as SEC01 / SEC01-BP01, risk levels
 * and workshop material. A custom lens without companion gets positional labels (Q1, Q1-BP1).
 */
public record LensGuidance(Optional<String> lensVersion, Map<String, QuestionGuidance> questions) {

    public LensGuidance {
        questions = Map.copyOf(questions);
    }

    public static LensGuidance none() {
        return new LensGuidance(Optional.empty(), Map.of());
    }

    public Optional<QuestionGuidance> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    public Optional<PracticeGuidance> practice(String questionId, String choiceId) {
        return question(questionId).map(q -> q.practices().get(choiceId));
    }

    /** Label of a question, e.g. "SEC03"; falls back to its position in the lens. */
    public String questionLabel(Lens lens, String questionId) {
        return question(questionId).map(QuestionGuidance::label).filter(s -> !s.isBlank())
                .orElseGet(() -> "Q" + (indexOf(lens.questions().stream().map(Question::id).toList(), questionId) + 1));
    }

    /** Label of a best practice, e.g. "SEC03-BP02"; falls back to the question label and its position. */
    public String practiceLabel(Lens lens, String questionId, String choiceId) {
        return practice(questionId, choiceId).map(PracticeGuidance::label).filter(s -> !s.isBlank())
                .orElseGet(() -> {
                    List<String> ids = lens.question(questionId).map(q -> q.bestPractices().stream()
                            .map(Choice::id).toList()).orElse(List.of());
                    return questionLabel(lens, questionId) + "-BP" + (indexOf(ids, choiceId) + 1);
                });
    }

    public PracticeLevel level(String questionId, String choiceId) {
        return practice(questionId, choiceId).map(PracticeGuidance::level).orElse(PracticeLevel.UNSPECIFIED);
    }

    private static int indexOf(List<String> ids, String id) {
        return Math.max(0, ids.indexOf(id));
    }
}
