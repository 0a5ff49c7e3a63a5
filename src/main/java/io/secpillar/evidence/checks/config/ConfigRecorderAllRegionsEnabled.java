package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        String name = "Recorder " + recorder.get().name();
        var status = inventory.statusOf(recorder.get());
        boolean recording = status.filter(RecorderStatus::recording).isPresent();
        // The API spells the value "Failure"; older answers and the SDK's enum constant use capitals.
        boolean failing = status.filter(s -> "Failure".equalsIgnoreCase(s.lastStatus())).isPresent();
        var group = recorder.get().recordingGroup();
        Optional<String> gap = group.flatMap(RecordingCoverage::gap);
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("recording", String.valueOf(recording));
        observed.put("lastStatus", status.map(RecorderStatus::lastStatus).orElse("unknown"));
        observed.put("recordingGroup", group.map(String::valueOf).orElse("not given"));
        String proof = recorder.get().proof() + " " + status.map(RecorderStatus::proof).orElse("(no status)");
        String resource = recorder.get().arn() != null ? recorder.get().arn() : recorder.get().name();
        if (recording && !failing && group.isEmpty()) {
            return List.of(finding(target, resource, new Verdict(Status.COULD_NOT_ASSESS, name + " is recording, but "
                    + "AWS did not say which resource types it records.", observed, proof)));
        }
        String reason = !recording ? name + " exists but is not recording." : failing ? name + " is recording but its "
                + "last delivery failed (" + status.get().lastErrorCode() + ")." : gap.isPresent() ? name + " is "
                + "recording but " + gap.get() + "." : name + " is recording every supported and global resource type.";
        return List.of(finding(target, resource, passIf(recording && !failing && gap.isEmpty(), reason, observed,
                proof)));
    }
}
