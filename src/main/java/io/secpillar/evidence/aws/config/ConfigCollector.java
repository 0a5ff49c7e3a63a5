package io.secpillar.evidence.aws.config;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import io.secpillar.evidence.inventory.config.ConfigInventory.Recorder;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecordingGroup;
import software.amazon.awssdk.services.config.ConfigClient;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.config.ConfigInventory.DESCRIBE_RECORDERS;
import static io.secpillar.evidence.inventory.config.ConfigInventory.DESCRIBE_RECORDER_STATUS;

/** Reads the configuration recorders of a region and their status (neither call is paginated). */
public final class ConfigCollector implements InventoryCollector<ConfigInventory> {

    @Override
    public Class<ConfigInventory> type() {
        return ConfigInventory.class;
    }

    @Override
    public ConfigInventory collect(AwsClients clients, Target target) {
        ConfigClient config = clients.client(ConfigClient.class, target.region());
        return new ConfigInventory(
                AwsCalls.fetch(DESCRIBE_RECORDERS, () -> config.describeConfigurationRecorders()
                        .configurationRecorders().stream().map(r -> new Recorder(r.name(), r.arn(),
                                Optional.ofNullable(r.recordingGroup()).map(ConfigCollector::group),
                                r.recordingScopeAsString(), r.toString()))
                        .toList()),
                AwsCalls.fetch(DESCRIBE_RECORDER_STATUS, () -> config.describeConfigurationRecorderStatus()
                        .configurationRecordersStatus().stream().map(s -> new RecorderStatus(s.name(),
                                Boolean.TRUE.equals(s.recording()), s.lastStatusAsString(), s.lastErrorCode(),
                                s.toString())).toList()));
    }

    private static RecordingGroup group(software.amazon.awssdk.services.config.model.RecordingGroup g) {
        return new RecordingGroup(Boolean.TRUE.equals(g.allSupported()), Boolean.TRUE.equals(
                g.includeGlobalResourceTypes()), g.recordingStrategy() == null ? null
                : g.recordingStrategy().useOnlyAsString(), g.resourceTypesAsStrings(),
                g.exclusionByResourceTypes() == null ? List.of() : g.exclusionByResourceTypes().resourceTypesAsStrings());
    }
}
