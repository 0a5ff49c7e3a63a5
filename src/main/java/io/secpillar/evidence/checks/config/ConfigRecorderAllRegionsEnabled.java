package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;

import java.util.List;
import java.util.Map;

/** An AWS Config recorder is recording in the region and its last delivery did not fail. */
public final class ConfigRecorderAllRegionsEnabled extends InventoryCheck<ConfigInventory> {

    public ConfigRecorderAllRegionsEnabled() {
        super(regional("config_recorder_all_regions_enabled", "AWS Config is recording in the region", "config",
                Severity.MEDIUM, ConfigInventory.OPERATIONS, "Set up AWS Config in every region you use (an "
                + "organization-wide deployment through Control Tower or a StackSet keeps it uniform) and keep the "
                + "recorder started."));
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
        String name = "Recorder " + recorder.get().name();
        var status = inventory.statusOf(recorder.get());
        boolean recording = status.filter(RecorderStatus::recording).isPresent();
        boolean failing = status.filter(s -> "FAILURE".equals(s.lastStatus())).isPresent();
        String reason = !recording ? name + " exists but is not recording." : failing ? name + " is recording but its "
                + "last delivery failed (" + status.get().lastErrorCode() + ")." : name + " is recording.";
        return List.of(finding(target, recorder.get().arn() != null ? recorder.get().arn() : recorder.get().name(),
                passIf(recording && !failing, reason, Map.of("recording", String.valueOf(recording),
                        "lastStatus", status.map(RecorderStatus::lastStatus).orElse("unknown")),
                        recorder.get().proof() + " " + status.map(RecorderStatus::proof).orElse("(no status)"))));
    }
}
