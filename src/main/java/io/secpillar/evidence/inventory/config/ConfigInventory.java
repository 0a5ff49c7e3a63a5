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

    /**
     * A configuration recorder; {@code recordingGroup} is empty when AWS left it out, {@code scope} is PAID for a
     * customer's recorder and INTERNAL for a service-linked one (null when not given); {@code proof} is its
     * description as AWS gave it.
     */
    public record Recorder(String name, String arn, Optional<RecordingGroup> recordingGroup, String scope,
                           String proof) {

        /** A service-linked recorder records only what its service needs and does not speak for the region. */
        public boolean serviceLinked() {
            return "INTERNAL".equalsIgnoreCase(scope);
        }
    }

    /**
     * What a recorder records: every supported resource type ({@code allSupported}, or the strategy
     * ALL_SUPPORTED_RESOURCE_TYPES), listed types only (INCLUSION_BY_RESOURCE_TYPES) or all but some
     * (EXCLUSION_BY_RESOURCE_TYPES), and whether global types (IAM users, groups, roles, policies) are included.
     */
    public record RecordingGroup(boolean allSupported, boolean includeGlobalResourceTypes, String strategy,
                                 List<String> resourceTypes, List<String> excludedResourceTypes) {

        public RecordingGroup {
            resourceTypes = List.copyOf(resourceTypes);
            excludedResourceTypes = List.copyOf(excludedResourceTypes);
        }
    }

    /** What DescribeConfigurationRecorderStatus says of one recorder (lastStatus Success, Pending or Failure). */
    public record RecorderStatus(String name, boolean recording, String lastStatus, String lastErrorCode,
                                 String proof) {
    }

    /**
     * The recorder that speaks for the region: the customer's own (not service-linked) one that is recording if
     * any, else the first customer recorder; read first.
     */
    public Optional<Recorder> mainRecorder() {
        List<Recorder> own = recorders.value().stream().filter(r -> !r.serviceLinked()).toList();
        return own.stream().filter(r -> statusOf(r).filter(RecorderStatus::recording).isPresent())
                .findFirst().or(() -> own.stream().findFirst());
    }

    /** The status reported for a recorder, matched by name. */
    public Optional<RecorderStatus> statusOf(Recorder recorder) {
        return statuses.value().stream().filter(s -> s.name().equals(recorder.name())).findFirst();
    }
}
