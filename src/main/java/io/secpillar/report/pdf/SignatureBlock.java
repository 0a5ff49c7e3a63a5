package io.secpillar.report.pdf;

import java.time.Instant;
import java.util.Optional;

/**
 * What the visible signature block on the last page says: who signs, when, why and where, the SHA-256
 * fingerprint of the certificate so the client can compare it with the one the consultant sent, and the host of
 * the timestamp authority when the signature gets a trusted time.
 */
public record SignatureBlock(String signer, Optional<String> organisation, String fingerprintSha256,
                             Instant validFrom, Instant validTo, boolean selfSigned, Instant signingTime,
                             String reason, String location, Optional<String> timestampAuthority) {

    public SignatureBlock(String signer, Optional<String> organisation, String fingerprintSha256, Instant validFrom,
                          Instant validTo, boolean selfSigned, Instant signingTime, String reason, String location) {
        this(signer, organisation, fingerprintSha256, validFrom, validTo, selfSigned, signingTime, reason, location,
                Optional.empty());
    }
}
