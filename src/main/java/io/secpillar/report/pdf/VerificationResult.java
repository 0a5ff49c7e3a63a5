package io.secpillar.report.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What verifying a signed report found. {@link #intact()} is the one answer that matters to the client: the
 * signature is mathematically valid, it covers the whole file, and nothing was added after signing.
 *
 * @param verdict             the overall answer
 * @param signer              the signing certificate's subject, e.g. {@code CN=Daniel Osei,O=Northwind}
 * @param signatureValid      the signed bytes are unchanged and the signature matches the certificate
 * @param coversWholeFile     the signed byte range reaches the end of the file (no incremental update after it)
 * @param docMdpPermission    the certification level (1 = no changes permitted), when certified
 * @param problems            sentences naming each problem found, empty when intact
 * @param timestamp           the trusted time of a PAdES B-T signature, when it carries a valid one
 */
public record VerificationResult(Verdict verdict, Optional<String> signer, Optional<String> commonName,
                                 Optional<String> fingerprintSha256, Optional<Instant> validFrom,
                                 Optional<Instant> validTo, Optional<Instant> signingTime, Optional<String> reason,
                                 Optional<String> location, Optional<String> subFilter, boolean signatureValid,
                                 boolean coversWholeFile, Optional<Integer> docMdpPermission, boolean selfSigned,
                                 List<String> problems, Optional<TrustedTime> timestamp) {

    public enum Verdict {
        /** Signed, unchanged, nothing added. */
        INTACT,
        /** The signature is valid for the bytes it covers, but something was appended after signing. */
        CHANGED_AFTER_SIGNING,
        /** The signed bytes were altered, or the signature does not match its certificate. */
        BROKEN,
        /** The file carries no signature at all. */
        NOT_SIGNED,
        /** The file cannot be read as a PDF. */
        UNREADABLE
    }

    public VerificationResult {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return verdict == Verdict.INTACT;
    }

    static VerificationResult failed(Verdict verdict, String problem) {
        return new VerificationResult(verdict, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                Optional.empty(), false, List.of(problem), Optional.empty());
    }
}
