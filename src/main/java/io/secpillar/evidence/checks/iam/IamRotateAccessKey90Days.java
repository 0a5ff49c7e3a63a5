package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;

import java.util.List;

/** Active access keys of IAM users were created or rotated within the last 90 days. */
public final class IamRotateAccessKey90Days extends InventoryCheck<CredentialReportInventory> {

    private static final AccessKeyVerdict.Measure ROTATED = new AccessKeyVerdict.Measure("last rotated",
            List.of("last_rotated"));

    public IamRotateAccessKey90Days() {
        super(global("iam_rotate_access_key_90_days", "Active access keys are rotated within 90 days", "iam",
                Severity.MEDIUM, CredentialReportInventory.OPERATIONS, "Replace long-lived keys with roles or IAM "
                + "Identity Center where you can. Where a key must stay, create a second key, switch the caller over, "
                + "then deactivate and delete the old one."));
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        return AccessKeyVerdict.judge(id(), inventory, target, ROTATED);
    }
}
