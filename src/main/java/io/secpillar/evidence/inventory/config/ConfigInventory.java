package io.secpillar.evidence.inventory.config;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/** The AWS Config configuration recorders of one region and their recording status. */
public record ConfigInventory(Fetched<List<Recorder>> recorders, Fetched<List<RecorderStatus>> statuses) {

    public static final String DESCRIBE_RECORDERS = "config:DescribeConfigurationRecorders";
    public static final String DESCRIBE_RECORDER_STATUS = "config:DescribeConfigurationRecorderStatus";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_RECORDERS, DESCRIBE_RECORDER_STATUS);

    /** A configuration recorder; {@code proof} is its description as AWS gave it. */
    public record Recorder(String name, String arn, String proof) {
    }

    /** What DescribeConfigurationRecorderStatus says of one recorder (lastStatus SUCCESS, PENDING or FAILURE). */
    public record RecorderStatus(String name, boolean recording, String lastStatus, String lastErrorCode,
                                 String proof) {
    }

    /** The recorder that speaks for the region: one that is recording if any, else the first; read first. */
    public Optional<Recorder> mainRecorder() {
        return recorders.value().stream().filter(r -> statusOf(r).filter(RecorderStatus::recording).isPresent())
                .findFirst().or(() -> recorders.value().stream().findFirst());
    }

    /** The status reported for a recorder, matched by name. */
    public Optional<RecorderStatus> statusOf(Recorder recorder) {
        return statuses.value().stream().filter(s -> s.name().equals(recorder.name())).findFirst();
    }
}
