package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigInventory;

import java.util.List;
import java.util.Map;

/**
 * An AWS Config recorder is recording in the region, records every supported resource type and the global ones,
 * and its last delivery did not fail. Service-linked recorders (scope INTERNAL) do not count.
 */
public final class ConfigRecorderAllRegionsEnabled extends InventoryCheck<ConfigInventory> {

    public ConfigRecorderAllRegionsEnabled() {
        super(regional("config_recorder_all_regions_enabled", "AWS Config records every resource type in the region", "config",
                Severity.MEDIUM, ConfigInventory.OPERATIONS, "Set up AWS Config in every region you use (an "
                + "organization-wide deployment through Control Tower or a StackSet keeps it uniform), record all "
                + "supported resource types including global ones, keep the recorder started and fix failing "
                + "deliveries (bucket policy, KMS key)."));
    }

    @Override
    public List<Finding> evaluate(ConfigInventory inventory, Target target) {
        var failed = !inventory.recorders().isOk() ? inventory.recorders() : inventory.statuses();
        if (!failed.isOk()) {
            return couldNotAssess(failed, target);
        }
        var recorder = inventory.mainRecorder();
        if (recorder.isEmpty()) {
            return accountFinding(target, fail("No AWS Config recorder exists in "
                    + target.region() + ".", Map.of("recorders", "0"), "DescribeConfigurationRecorders: []"));
        }
        return List.of(finding(target, recorder.get().arn() != null ? recorder.get().arn() : recorder.get().name(),
                RecorderVerdict.judge(inventory, recorder.get())));
    }
}
