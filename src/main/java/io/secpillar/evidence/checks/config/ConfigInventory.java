package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;

import java.util.List;
import java.util.Optional;

/** The AWS Config configuration recorders of one region and their recording status. */
public record ConfigInventory(Fetched<List<ConfigurationRecorder>> recorders,
                              Fetched<List<ConfigurationRecorderStatus>> statuses) {

    static final String DESCRIBE_RECORDERS = "config:DescribeConfigurationRecorders";
    static final String DESCRIBE_RECORDER_STATUS = "config:DescribeConfigurationRecorderStatus";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_RECORDERS, DESCRIBE_RECORDER_STATUS);

    /** The recorder that speaks for the region: one that is recording if any, else the first; read first. */
    public Optional<ConfigurationRecorder> mainRecorder() {
        return recorders.value().stream()
                .filter(r -> statusOf(r).filter(s -> Boolean.TRUE.equals(s.recording())).isPresent())
                .findFirst().or(() -> recorders.value().stream().findFirst());
    }

    /** The status reported for a recorder, matched by name. */
    public Optional<ConfigurationRecorderStatus> statusOf(ConfigurationRecorder recorder) {
        return statuses.value().stream().filter(s -> s.name().equals(recorder.name())).findFirst();
    }
}
