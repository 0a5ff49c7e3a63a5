package io.secpillar.pillar;

/**
 * The level of risk exposed when a best practice is not in place (High, Medium, Low in the framework).
 * Custom lenses do not carry it, hence UNSPECIFIED.
 */
public enum PracticeLevel {
    HIGH("High"), MEDIUM("Medium"), LOW("Low"), UNSPECIFIED("Unspecified");

    private final String label;

    PracticeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
