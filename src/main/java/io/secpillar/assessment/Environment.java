package io.secpillar.assessment;

/** The environment a workload runs in, with the Well-Architected Tool's two values. */
public enum Environment {
    PRODUCTION("Production"), PREPRODUCTION("Pre-production");

    private final String label;

    Environment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
