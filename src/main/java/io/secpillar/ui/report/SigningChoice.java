package io.secpillar.ui.report;

/** How the export signs: not at all, with the consultant's own keystore, or with the workbench's certificate. */
public enum SigningChoice {
    NONE("Do not sign"),
    KEYSTORE("Sign with my PKCS#12 keystore"),
    SELF_SIGNED("Sign with the workbench's self-signed certificate");

    private final String label;

    SigningChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
