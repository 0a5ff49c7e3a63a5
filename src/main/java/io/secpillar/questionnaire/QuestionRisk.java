package io.secpillar.questionnaire;

/** The outcome of a question for the reviewer: its risk, or that it does not apply, or that nobody answered it. */
public enum QuestionRisk {
    HIGH("High risk"), MEDIUM("Medium risk"), NONE("No risk"), NOT_APPLICABLE("Not applicable"), UNANSWERED("Unanswered");

    private final String label;

    QuestionRisk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
