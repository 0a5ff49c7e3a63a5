package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the access-key age checks share: one finding per IAM user with an active key, FAIL when any active key
 * is older than 90 days by the check's measure (as of the report's generation), could-not-assess when the
 * report gives no date to measure from.
 */
final class AccessKeyVerdict {

    static final Duration LIMIT = Duration.ofDays(90);

    /** The instant a key's age is measured from (e.g. its last rotation), and how to say it. */
    interface Measure {
        Optional<Instant> since(CredentialReportRow row, int key);

        /** e.g. "last rotated" */
        String words();

        /** The report columns the measure reads, for the proof. */
        List<String> columns(int key);
    }

    private AccessKeyVerdict() {
    }

    static List<Finding> judge(CheckMetadata metadata, CredentialReportInventory inventory, Target target,
                               Measure measure) {
        if (!inventory.report().isOk()) {
            return List.of(inventory.report().couldNotAssess(metadata.id(), target, target.accountId()));
        }
        Instant cutoff = inventory.report().value().generatedAt().minus(LIMIT);
        return inventory.report().value().users().stream().filter(row -> !row.activeKeys().isEmpty())
                .map(row -> judgeUser(metadata, target, measure, cutoff, row)).toList();
    }

    private static Finding judgeUser(CheckMetadata metadata, Target target, Measure measure, Instant cutoff,
                                     CredentialReportRow row) {
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
        return new Finding(metadata.id(), status, target.accountId(), target.region(), row.arn(), reason, observed,
                row.excerpt(columns.toArray(String[]::new)));
    }
}
