package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;

import java.util.List;
import java.util.Map;

/** Each trail encrypts its log files with a KMS key, so reading them takes a key permission too. */
public final class CloudtrailKmsEncryptionEnabled extends InventoryCheck<CloudTrailInventory> {

    public CloudtrailKmsEncryptionEnabled() {
        super(regional("cloudtrail_kms_encryption_enabled", "Trails encrypt logs with a KMS key", "cloudtrail",
                Severity.MEDIUM, List.of(CloudTrailInventory.DESCRIBE_TRAILS), "Give the trail a customer-managed KMS "
                + "key whose key policy lets CloudTrail encrypt and only your security and audit roles decrypt."));
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return PerTrail.judge(id(), inventory, target, state -> {
            String key = state.trail().kmsKeyId();
            boolean on = key != null && !key.isBlank();
            return PerTrail.setting(id(), target, state, on, "Trail " + state.trail().name() + (on ? " encrypts its "
                    + "logs with " + key + "." : " has no KMS key: its logs only get the bucket's default encryption."),
                    Map.of("KmsKeyId", on ? key : "none"));
        });
    }
}
