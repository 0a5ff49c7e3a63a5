package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The root user was not used (password or access key) in the 30 days before the credential report. */
public final class IamAvoidRootUsage extends InventoryCheck<CredentialReportInventory> {

    private static final List<String> COLUMNS = List.of("password_last_used", "access_key_1_last_used_date",
            "access_key_2_last_used_date");

    public IamAvoidRootUsage() {
        super(global("iam_avoid_root_usage", "Root user not used in the last 30 days", "iam", Severity.HIGH,
                CredentialReportInventory.OPERATIONS, "Find out from CloudTrail what the root user was used for; move "
                + "routine work to roles, keep root for the few tasks only it can do, and alert on every root sign-in."));
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        return fromRead(inventory.report(), target, report -> report.root().map(root -> {
            var last = COLUMNS.stream().flatMap(c -> root.date(c).stream()).max(Comparator.naturalOrder());
            boolean recent = last.filter(t -> t.isAfter(report.generatedAt().minus(Duration.ofDays(30)))).isPresent();
            String reason = recent ? "The root user was used on " + last.get() + ", within 30 days of the report."
                    : last.map(t -> "The root user was last used on " + t + ".").orElse("The root user was never used.");
            return List.of(finding(target, root.arn(), passIf(!recent, reason, Map.of("lastUsed",
                    last.map(Instant::toString).orElse("never")), root.excerpt(COLUMNS.toArray(String[]::new)))));
        }).orElseGet(() -> accountFinding(target, new Verdict(Status.COULD_NOT_ASSESS,
                "The credential report has no row for the root user.", Map.of(), ""))));
    }
}
