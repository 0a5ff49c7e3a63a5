package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;

/** No IAM user keeps two active access keys, which usually means a rotation was started and never finished. */
public final class IamUserTwoActiveAccessKey implements Check<CredentialReportInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_user_two_active_access_key",
            "No IAM user has two active access keys", "iam", Scope.GLOBAL, Severity.MEDIUM,
            CredentialReportInventory.OPERATIONS,
            "Find which of the two keys is still in use (last used date), finish the rotation and deactivate the "
                    + "other one.");

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
        return inventory.report().value().users().stream().filter(row -> !row.activeKeys().isEmpty()).map(row -> {
            boolean two = row.activeKeys().size() == 2;
            String reason = two ? "IAM user " + row.user() + " has two active access keys."
                    : "IAM user " + row.user() + " has one active access key.";
            return new Finding(METADATA.id(), two ? Status.FAIL : Status.PASS, target.accountId(), target.region(),
                    row.arn(), reason, Map.of("activeAccessKeys", String.valueOf(row.activeKeys().size())),
                    row.excerpt("access_key_1_active", "access_key_2_active"));
        }).toList();
    }
}
