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
 * report is to be signed, the loaded key with the reason and location stamped into the signature and, for trusted
 * time, the timestamp authority to ask.
 */
public record ExportRequest(ReviewSnapshot snapshot, ReportEvidence evidence, ReportOptions options, Path output,
                            Optional<SigningCredentials> signer, String reason, String location,
                            Optional<TimestampAuthority> tsa) {

    public static final String DEFAULT_REASON = "Issued as the Security pillar review report";

    public ExportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(output, "output");
        reason = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
        location = location == null ? "" : location.strip();
        Objects.requireNonNull(tsa, "tsa");
    }

    public ExportRequest(ReviewSnapshot snapshot, ReportEvidence evidence, ReportOptions options, Path output,
                         Optional<SigningCredentials> signer, String reason, String location) {
        this(snapshot, evidence, options, output, signer, reason, location, Optional.empty());
    }
}
