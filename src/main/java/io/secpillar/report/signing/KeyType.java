package io.secpillar.report.signing;

/** The key types offered for a self-signed signing certificate. */
public enum KeyType {
    RSA_3072("RSA 3072"), EC_P256("EC P-256");

    private final String label;

    KeyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
