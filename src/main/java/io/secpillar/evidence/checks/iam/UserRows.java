package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;
import io.secpillar.evidence.inventory.iam.CredentialReportRow;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The walk the credential-report checks share over IAM users (the root row left out): could-not-assess without
 * the report, else one finding per user the check is about, named by the user's ARN.
 */
final class UserRows {

    private UserRows() {
    }

    static List<Finding> judge(String checkId, CredentialReportInventory inventory, Target target,
                               Predicate<CredentialReportRow> about, Function<CredentialReportRow, Verdict> verdict) {
        if (!inventory.report().isOk()) {
            return List.of(inventory.report().couldNotAssess(checkId, target, target.accountId()));
        }
        return inventory.report().value().users().stream().filter(about)
                .map(row -> verdict.apply(row).about(checkId, target, row.arn())).toList();
    }
}
