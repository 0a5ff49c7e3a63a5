package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An AWS Config recorder is recording in the region and its last delivery did not fail. */
public final class ConfigRecorderAllRegionsEnabled implements Check<ConfigInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("config_recorder_all_regions_enabled",
            "AWS Config is recording in the region", "config", Scope.REGIONAL, Severity.MEDIUM,
            ConfigInventory.OPERATIONS,
            "Set up AWS Config in every region you use (an organization-wide deployment through Control Tower "
                    + "or a StackSet keeps it uniform) and keep the recorder started.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<ConfigInventory> inventoryType() {
        return ConfigInventory.class;
    }

    @Override
    public List<Finding> evaluate(ConfigInventory inventory, Target target) {
        var failed = !inventory.recorders().isOk() ? inventory.recorders() : inventory.statuses();
        if (!failed.isOk()) {
            return List.of(failed.couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.mainRecorder().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "No AWS Config recorder exists in " + target.region() + ".",
                    Map.of("recorders", "0"), "DescribeConfigurationRecorders: []"));
        }
        ConfigurationRecorder recorder = inventory.mainRecorder().get();
        Optional<ConfigurationRecorderStatus> status = inventory.statusOf(recorder);
        boolean recording = status.filter(s -> Boolean.TRUE.equals(s.recording())).isPresent();
        boolean failing = status.filter(s -> "FAILURE".equals(s.lastStatusAsString())).isPresent();
        String reason = !recording ? "Recorder " + recorder.name() + " exists but is not recording."
                : failing ? "Recorder " + recorder.name() + " is recording but its last delivery failed ("
                + status.get().lastErrorCode() + ")." : "Recorder " + recorder.name() + " is recording.";
        String resource = recorder.arn() != null ? recorder.arn() : recorder.name();
        return List.of(new Finding(METADATA.id(), recording && !failing ? Status.PASS : Status.FAIL,
                target.accountId(), target.region(), resource, reason, Map.of("recording", String.valueOf(recording),
                "lastStatus", status.map(ConfigurationRecorderStatus::lastStatusAsString).orElse("unknown")),
                recorder + " " + status.map(Object::toString).orElse("(no status)")));
    }
}
