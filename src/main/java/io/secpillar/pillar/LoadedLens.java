package io.secpillar.pillar;

/**
 * A lens ready for reviews: the validated questionnaire, its companion guidance, and the exact source texts
 * (kept so a review always reopens with the lens edition it was answered against).
 */
public record LoadedLens(LensRef ref, Origin origin, Lens lens, LensGuidance guidance,
                         String lensJson, String guidanceJson) {

    public enum Origin { BUNDLED, CUSTOM }

    public String questionLabel(String questionId) {
        return guidance.questionLabel(lens, questionId);
    }

    public String practiceLabel(String questionId, String choiceId) {
        return guidance.practiceLabel(lens, questionId, choiceId);
    }

    public PracticeLevel level(String questionId, String choiceId) {
        return guidance.level(questionId, choiceId);
    }
}
