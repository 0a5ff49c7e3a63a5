package io.secpillar.evidence.inventory.iam;

import io.secpillar.evidence.Fetched;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The IAM credential report of an account: one row per IAM user plus the root user, as of its generation
 * time. Age-based checks measure against {@link CredentialReport#generatedAt()} so a result never depends on
 * when it was evaluated.
 */
public record CredentialReportInventory(Fetched<CredentialReport> report) {

    public static final String GENERATE = "iam:GenerateCredentialReport";
    public static final String GET = "iam:GetCredentialReport";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GENERATE, GET);

    /** The parsed report. */
    public record CredentialReport(Instant generatedAt, List<CredentialReportRow> rows) {
        public CredentialReport {
            rows = List.copyOf(rows);
        }

        public Optional<CredentialReportRow> root() {
            return rows.stream().filter(CredentialReportRow::isRoot).findFirst();
        }

        public List<CredentialReportRow> users() {
            return rows.stream().filter(r -> !r.isRoot()).toList();
        }
    }
}
