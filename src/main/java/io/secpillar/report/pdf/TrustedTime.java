package io.secpillar.report.pdf;

import java.time.Instant;

/**
 * The RFC 3161 timestamp inside a signature: when the authority saw the signature, and who the authority is
 * (the subject of the certificate that signed the token; whether to trust it is the reader's decision, as for
 * the signer's certificate).
 */
public record TrustedTime(Instant time, String authority) {
}
