package io.secpillar.report.pdf;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.signing.SigningCredentials;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One export: the review and its evidence, the chosen sections and branding, where to write, and, when the
 * report is to be signed, the loaded key with the reason and location stamped into the signature.
 */
public record ExportRequest(ReviewSnapshot snapshot, ReportEvidence evidence, ReportOptions options, Path output,
                            Optional<SigningCredentials> signer, String reason, String location) {

    public static final String DEFAULT_REASON = "Issued as the Security pillar review report";

    public ExportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(output, "output");
        reason = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
        location = location == null ? "" : location.strip();
    }
}
