package io.secpillar.report.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key and its certificate chain (signer first), loaded for one export and dropped afterwards.
 * Never stored; {@link #toString()} does not show the key.
 */
public record SigningCredentials(PrivateKey key, List<X509Certificate> chain) {

    public SigningCredentials {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA signature algorithm for this key: SHA-256 with RSA or with ECDSA. */
    public String signatureAlgorithm() {
        String algorithm = key.getAlgorithm();
        if ("RSA".equalsIgnoreCase(algorithm)) {
            return "SHA256withRSA";
        }
        if ("EC".equalsIgnoreCase(algorithm) || "ECDSA".equalsIgnoreCase(algorithm)) {
            return "SHA256withECDSA";
        }
        throw new SigningKeyException("The key is of type " + algorithm + "; reports are signed with RSA or EC keys.");
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
