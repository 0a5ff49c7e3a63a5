package io.secpillar.evidence.inventory.acm;

import io.secpillar.evidence.Fetched;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ACM certificates of one region (every key type), and when they were read. */
public record AcmInventory(Instant collectedAt, Fetched<List<Certificate>> certificates) {

    public static final String LIST_CERTIFICATES = "acm:ListCertificates";
    public static final String DESCRIBE_CERTIFICATE = "acm:DescribeCertificate";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_CERTIFICATES, DESCRIBE_CERTIFICATE);

    private static final Pattern RSA = Pattern.compile("RSA[-_](\\d+)");

    /**
     * A certificate as ListCertificates summarises it.
     *
     * @param type         AMAZON_ISSUED, IMPORTED or PRIVATE
     * @param keyAlgorithm e.g. RSA_2048 or EC_prime256v1
     * @param transparency for an Amazon-issued certificate, its CertificateTransparencyLoggingPreference (ENABLED
     *                     or DISABLED) read with DescribeCertificate; empty for the other types
     * @param proof        the summary as AWS gave it
     */
    public record Certificate(String arn, String domain, String type, String status, String keyAlgorithm,
                              Optional<Instant> notAfter, boolean inUse,
                              Optional<Fetched<String>> transparency, String proof) {

        /** The RSA modulus length in bits, empty for an EC key. */
        public Optional<Integer> rsaBits() {
            Matcher m = RSA.matcher(keyAlgorithm == null ? "" : keyAlgorithm);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        }
    }
}
