package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;

import java.util.List;
import java.util.Map;

/** No IAM user keeps two active access keys, which usually means a rotation was started and never finished. */
public final class IamUserTwoActiveAccessKey extends InventoryCheck<CredentialReportInventory> {

    public IamUserTwoActiveAccessKey() {
        super(global("iam_user_two_active_access_key", "No IAM user has two active access keys", "iam", Severity.MEDIUM,
                CredentialReportInventory.OPERATIONS, "Find which of the two keys is still in use (last used date), "
                + "finish the rotation and deactivate the other one."));
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        return UserRows.judge(id(), inventory, target, row -> !row.activeKeys().isEmpty(), row -> {
            boolean two = row.activeKeys().size() == 2;
            return passIf(!two, "IAM user " + row.user() + (two ? " has two active access keys."
                    : " has one active access key."), Map.of("activeAccessKeys", String.valueOf(row.activeKeys().size())),
                    row.excerpt("access_key_1_active", "access_key_2_active"));
        });
    }
}
