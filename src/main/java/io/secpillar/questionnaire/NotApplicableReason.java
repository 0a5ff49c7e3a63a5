package io.secpillar.questionnaire;

/** Why a question or best practice does not apply, with the same words as the Well-Architected Tool. */
public enum NotApplicableReason {
    OUT_OF_SCOPE("Out of scope"),
    BUSINESS_PRIORITIES("Business priorities"),
    ARCHITECTURE_CONSTRAINTS("Architecture constraints"),
    OTHER("Other");

    private final String label;

    NotApplicableReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
