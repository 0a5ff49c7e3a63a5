package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;

import java.util.List;

/** Customer-managed symmetric KMS keys rotate their key material automatically. AWS-managed keys are skipped. */
public final class KmsCmkRotationEnabled implements Check<KmsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("kms_cmk_rotation_enabled",
            "Customer-managed KMS keys rotate automatically", "kms", Scope.REGIONAL, Severity.MEDIUM,
            KmsInventory.OPERATIONS,
            "Turn on automatic rotation for each customer-managed symmetric key (yearly, or a shorter period "
                    + "your policy asks for); old key material stays available to decrypt older data.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<KmsInventory> inventoryType() {
        return KmsInventory.class;
    }

    @Override
    public List<Finding> evaluate(KmsInventory inventory, Target target) {
        if (!inventory.keys().isOk()) {
            return List.of(inventory.keys().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        return inventory.keys().value().stream().filter(key -> !key.awsManaged())
                .map(key -> KeyRotationVerdict.judge(METADATA, key, target)).toList();
    }
}
