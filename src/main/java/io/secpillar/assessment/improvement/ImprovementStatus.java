package io.secpillar.assessment.improvement;

/** Where an improvement item stands. A risk accepted carries a justification and an expiry date. */
public enum ImprovementStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), RISK_ACCEPTED("Risk accepted");

    private final String label;

    ImprovementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still work to do: an overdue date counts only then. */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
