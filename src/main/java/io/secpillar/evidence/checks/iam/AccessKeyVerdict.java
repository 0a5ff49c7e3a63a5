package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;
import io.secpillar.evidence.inventory.iam.CredentialReportRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the access-key age checks share: one finding per IAM user with an active key, FAIL when any active key
 * is older than 90 days by the check's measure (as of the report's generation), could-not-assess when the
 * report gives no date to measure from.
 */
final class AccessKeyVerdict {

    static final Duration LIMIT = Duration.ofDays(90);

    /**
     * The instant a key's age is measured from: the first of the key's date columns that holds a date.
     *
     * @param words       how to say it, e.g. "last rotated"
     * @param dateColumns the column names after {@code access_key_N_}, e.g. {@code last_rotated}
     */
    record Measure(String words, List<String> dateColumns) {

        Optional<Instant> since(CredentialReportRow row, int key) {
            return dateColumns.stream().flatMap(c -> row.date("access_key_" + key + "_" + c).stream()).findFirst();
        }

        /** The report columns the measure reads, for the proof. */
        List<String> columns(int key) {
            return Stream.concat(Stream.of("active"), dateColumns.stream()).map(c -> "access_key_" + key + "_" + c)
                    .toList();
        }
    }

    private AccessKeyVerdict() {
    }

    static List<Finding> judge(String checkId, CredentialReportInventory inventory, Target target, Measure measure) {
        return UserRows.judge(checkId, inventory, target, row -> !row.activeKeys().isEmpty(), row -> verdict(measure,
                inventory.report().value().generatedAt().minus(LIMIT), row));
    }

    private static Verdict verdict(Measure measure, Instant cutoff, CredentialReportRow row) {
        List<String> stale = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Map<String, String> observed = new LinkedHashMap<>();
        for (int key : row.activeKeys()) {
            Optional<Instant> since = measure.since(row, key);
            String name = "access key " + key;
            observed.put(name + " " + measure.words(), since.map(Instant::toString).orElse("unknown"));
            columns.addAll(measure.columns(key));
            since.filter(s -> s.isBefore(cutoff)).ifPresent(s -> stale.add(name + " " + measure.words() + " " + s));
            since.ifPresentOrElse(s -> { }, () -> unknown.add(name));
        }
        Status status = !stale.isEmpty() ? Status.FAIL : unknown.isEmpty() ? Status.PASS : Status.COULD_NOT_ASSESS;
        String reason = switch (status) {
            case FAIL -> "IAM user " + row.user() + ": " + String.join("; ", stale)
                    + ", more than 90 days before the report.";
            case PASS -> "Every active access key of IAM user " + row.user() + " was " + measure.words()
                    + " within 90 days.";
            default -> "The credential report gives no date for " + String.join(", ", unknown) + " of IAM user "
                    + row.user() + ".";
        };
        return new Verdict(status, reason, observed, row.excerpt(columns.toArray(String[]::new)));
    }
}
