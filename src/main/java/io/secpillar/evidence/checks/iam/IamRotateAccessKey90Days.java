package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Active access keys of IAM users were created or rotated within the last 90 days. */
public final class IamRotateAccessKey90Days implements Check<CredentialReportInventory>, AccessKeyVerdict.Measure {

    static final CheckMetadata METADATA = new CheckMetadata("iam_rotate_access_key_90_days",
            "Active access keys are rotated within 90 days", "iam", Scope.GLOBAL, Severity.MEDIUM,
            CredentialReportInventory.OPERATIONS,
            "Replace long-lived keys with roles or IAM Identity Center where you can. Where a key must stay, "
                    + "create a second key, switch the caller over, then deactivate and delete the old one.");

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
        return AccessKeyVerdict.judge(METADATA, inventory, target, this);
    }

    @Override
    public Optional<Instant> since(CredentialReportRow row, int key) {
        return row.date("access_key_" + key + "_last_rotated");
    }

    @Override
    public String words() {
        return "last rotated";
    }

    @Override
    public List<String> columns(int key) {
        return List.of("access_key_" + key + "_active", "access_key_" + key + "_last_rotated");
    }
}
