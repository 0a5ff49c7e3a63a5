package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The root user was not used (password or access key) in the 30 days before the credential report. */
public final class IamAvoidRootUsage implements Check<CredentialReportInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_avoid_root_usage",
            "Root user not used in the last 30 days", "iam", Scope.GLOBAL, Severity.HIGH,
            CredentialReportInventory.OPERATIONS,
            "Find out from CloudTrail what the root user was used for; move routine work to roles, keep root "
                    + "for the few tasks only it can do, and alert on every root sign-in.");

    private static final List<String> COLUMNS = List.of("password_last_used", "access_key_1_last_used_date",
            "access_key_2_last_used_date");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<CredentialReportInventory> inventoryType() {
        return CredentialReportInventory.class;
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        if (!inventory.report().isOk()) {
            return List.of(inventory.report().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        var report = inventory.report().value();
        if (report.root().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.COULD_NOT_ASSESS, target.accountId(), target.region(),
                    target.accountId(), "The credential report has no row for the root user.", Map.of(), ""));
        }
        CredentialReportRow root = report.root().get();
        Optional<Instant> last = COLUMNS.stream().flatMap(c -> root.date(c).stream()).max(Comparator.naturalOrder());
        boolean recent = last.filter(t -> t.isAfter(report.generatedAt().minus(Duration.ofDays(30)))).isPresent();
        String reason = recent ? "The root user was used on " + last.get() + ", within 30 days of the report."
                : last.map(t -> "The root user was last used on " + t + ".").orElse("The root user was never used.");
        return List.of(new Finding(METADATA.id(), recent ? Status.FAIL : Status.PASS, target.accountId(),
                target.region(), root.arn(), reason, Map.of("lastUsed", last.map(Instant::toString).orElse("never")),
                root.excerpt(COLUMNS.toArray(String[]::new))));
    }
}
