package io.secpillar.report.signing;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** What people read off a certificate: its SHA-256 fingerprint, common name, organisation, and PEM text. */
public final class Certificates {

    private Certificates() {
    }

    /** SHA-256 of the DER encoding as colon-separated upper-case hex, as certificate viewers show it. */
    public static String fingerprintSha256(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }

    public static String commonName(X509Certificate cert) {
        return attribute(cert, true).orElse(cert.getSubjectX500Principal().getName());
    }

    public static Optional<String> organisation(X509Certificate cert) {
        return attribute(cert, false);
    }

    public static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public static String pem(X509Certificate cert) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(cert.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the certificate", e);
        }
    }

    /** "RSA 3072" or "EC 256-bit": for messages and the export dialog. */
    public static String keyDescription(X509Certificate cert) {
        String algorithm = cert.getPublicKey().getAlgorithm().toUpperCase(Locale.ROOT);
        if (cert.getPublicKey() instanceof java.security.interfaces.RSAKey rsa) {
            return algorithm + " " + rsa.getModulus().bitLength();
        }
        if (cert.getPublicKey() instanceof java.security.interfaces.ECKey ec) {
            return algorithm + " " + ec.getParams().getCurve().getField().getFieldSize() + "-bit";
        }
        return algorithm;
    }

    private static Optional<String> attribute(X509Certificate cert, boolean commonName) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(commonName ? BCStyle.CN : BCStyle.O);
        if (rdns.length == 0 || rdns[0].getFirst() == null) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue())).filter(s -> !s.isBlank());
    }
}
