package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;

import java.util.List;

/** Active access keys of IAM users were used in the last 90 days; a never-used key counts from its creation. */
public final class IamUserAccesskeyUnused extends InventoryCheck<CredentialReportInventory> {

    private static final AccessKeyVerdict.Measure USED = new AccessKeyVerdict.Measure(
            "last used (or created, if never used)", List.of("last_used_date", "last_rotated"));

    public IamUserAccesskeyUnused() {
        super(global("iam_user_accesskey_unused", "No active access key has gone unused for 90 days", "iam",
                Severity.MEDIUM, CredentialReportInventory.OPERATIONS, "Deactivate access keys nobody has used for 90 "
                + "days; delete them after a short grace period if nothing breaks. Unused keys are pure risk."));
    }

    @Override
    public List<Finding> evaluate(CredentialReportInventory inventory, Target target) {
        return AccessKeyVerdict.judge(id(), inventory, target, USED);
    }
}
