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

/** Active access keys of IAM users were used in the last 90 days; a never-used key counts from its creation. */
public final class IamUserAccesskeyUnused implements Check<CredentialReportInventory>, AccessKeyVerdict.Measure {

    static final CheckMetadata METADATA = new CheckMetadata("iam_user_accesskey_unused",
            "No active access key has gone unused for 90 days", "iam", Scope.GLOBAL, Severity.MEDIUM,
            CredentialReportInventory.OPERATIONS,
            "Deactivate access keys nobody has used for 90 days; delete them after a short grace period if "
                    + "nothing breaks. Unused keys are pure risk.");

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
        String prefix = "access_key_" + key;
        return row.date(prefix + "_last_used_date").or(() -> row.date(prefix + "_last_rotated"));
    }

    @Override
    public String words() {
        return "last used (or created, if never used)";
    }

    @Override
    public List<String> columns(int key) {
        return List.of("access_key_" + key + "_active", "access_key_" + key + "_last_used_date",
                "access_key_" + key + "_last_rotated");
    }
}
