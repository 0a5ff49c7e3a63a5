package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory;

import java.util.List;
import java.util.Map;

/** Each log group is encrypted with a KMS key of the account, so reading its events also takes a key grant. */
public final class CloudwatchLogGroupKmsEncryptionEnabled extends InventoryCheck<LogGroupInventory> {

    public CloudwatchLogGroupKmsEncryptionEnabled() {
        super(regional("cloudwatch_log_group_kms_encryption_enabled", "Log groups are encrypted with a KMS key",
                "logs", Severity.LOW, LogGroupInventory.OPERATIONS, "Associate a customer-managed KMS key with the "
                + "log group (its key policy must let the logs service principal of the region use it); new "
                + "events are then encrypted with it."));
    }

    @Override
    public List<Finding> evaluate(LogGroupInventory inventory, Target target) {
        return perResource(inventory.logGroups(), target, "log groups", group -> finding(target, group.arn(),
                passIf(group.kmsKeyId().isPresent(), "Log group " + group.name() + group.kmsKeyId()
                        .map(k -> " is encrypted with " + k + ".").orElse(" has no KMS key."),
                        Map.of("kmsKeyId", group.kmsKeyId().orElse("none")), group.proof())));
    }
}
