package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.kms.KmsInventory;
import io.secpillar.evidence.inventory.kms.KmsInventory.KmsKey;

import java.util.List;
import java.util.Map;

/**
 * Each customer-managed key that can rotate automatically does: could-not-assess when it could not be described
 * or its rotation read, not-applicable when automatic rotation does not exist for it. AWS-managed keys are skipped.
 */
public final class KmsCmkRotationEnabled extends InventoryCheck<KmsInventory> {

    public KmsCmkRotationEnabled() {
        super(regional("kms_cmk_rotation_enabled", "Customer-managed KMS keys rotate automatically", "kms",
                Severity.MEDIUM, KmsInventory.OPERATIONS, "Turn on automatic rotation for each customer-managed "
                + "symmetric key (yearly, or a shorter period your policy asks for); old key material stays available "
                + "to decrypt older data."));
    }

    @Override
    public List<Finding> evaluate(KmsInventory inventory, Target target) {
        return fromRead(inventory.keys(), target, keys -> keys.stream().filter(key -> !key.awsManaged())
                .map(key -> judge(key, target)).toList());
    }

    private Finding judge(KmsKey key, Target target) {
        if (!key.metadata().isOk()) {
            return key.metadata().couldNotAssess(id(), target, key.arn());
        }
        var meta = key.metadata().value();
        if (key.rotation().isEmpty()) {
            return finding(target, key.arn(), notApplicable("Automatic rotation does not apply: "
                    + meta.whyNotRotatable().orElse("unknown") + ".", Map.of("KeyState", meta.keyState()),
                    "DescribeKey: " + meta.proof()));
        }
        return fromRead(key.rotation().get(), target, key.arn(), rotation -> passIf(rotation.enabled(),
                rotation.enabled() ? rotates(rotation.periodInDays())
                        : "The key never rotates its key material.", Map.of("KeyRotationEnabled",
                        String.valueOf(rotation.enabled())), "GetKeyRotationStatus: " + rotation.proof()));
    }

    /** KMS leaves the period out for keys that rotate on the yearly default, and for older answers. */
    private static String rotates(Integer periodInDays) {
        return periodInDays == null ? "Automatic rotation is on." : "The key rotates every " + periodInDays + " days.";
    }
}
