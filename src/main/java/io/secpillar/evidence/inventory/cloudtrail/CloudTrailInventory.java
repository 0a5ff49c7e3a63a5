package io.secpillar.evidence.inventory.cloudtrail;

import io.secpillar.evidence.Fetched;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The trails visible in one region (its own, plus the multi-region and organization trails homed elsewhere)
 * with each one's logging status, and when they were read, so that "recent delivery" has a fixed reference.
 */
public record CloudTrailInventory(String region, Instant collectedAt, Fetched<List<TrailState>> trails) {

    public static final String DESCRIBE_TRAILS = "cloudtrail:DescribeTrails";
    public static final String GET_TRAIL_STATUS = "cloudtrail:GetTrailStatus";
    public static final String GET_EVENT_SELECTORS = "cloudtrail:GetEventSelectors";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_TRAILS, GET_TRAIL_STATUS, GET_EVENT_SELECTORS);

    /**
     * A trail as DescribeTrails describes it.
     *
     * @param kmsKeyId                  empty or null when the logs get only the bucket's encryption
     * @param cloudWatchLogsLogGroupArn empty or null when the trail does not deliver to CloudWatch Logs
     * @param proof                     the description as AWS gave it
     */
    public record Trail(String name, String arn, String homeRegion, boolean multiRegion, boolean logFileValidation,
                        String kmsKeyId, String cloudWatchLogsLogGroupArn, String proof) {
    }

    /** What GetTrailStatus says of a trail, and the answer as AWS gave it. */
    public record TrailStatus(boolean logging, Optional<Instant> lastCloudWatchLogsDelivery, String proof) {
    }

    /**
     * What a trail records, as GetEventSelectors gives it: basic event selectors or advanced ones (a trail has one
     * kind or the other), and the answer as AWS gave it.
     */
    public record EventSelectors(List<BasicSelector> basic, List<AdvancedSelector> advanced, String proof) {

        public EventSelectors {
            basic = List.copyOf(basic);
            advanced = List.copyOf(advanced);
        }
    }

    /**
     * A basic event selector: readWriteType ReadOnly, WriteOnly or All; whether it records management events; the
     * event sources whose management events it leaves out (e.g. kms.amazonaws.com).
     */
    public record BasicSelector(String readWriteType, boolean includeManagementEvents,
                                List<String> excludedManagementEventSources) {

        public BasicSelector {
            excludedManagementEventSources = List.copyOf(excludedManagementEventSources);
        }
    }

    /** An advanced event selector: its field selectors, all of which an event must match. */
    public record AdvancedSelector(String name, List<FieldSelector> fields) {

        public AdvancedSelector {
            fields = List.copyOf(fields);
        }
    }

    /** One condition of an advanced selector on a field (eventCategory, readOnly, eventSource …). */
    public record FieldSelector(String field, List<String> equalsTo, List<String> notEquals, List<String> startsWith,
                                List<String> notStartsWith, List<String> endsWith, List<String> notEndsWith) {

        public FieldSelector {
            equalsTo = List.copyOf(equalsTo);
            notEquals = List.copyOf(notEquals);
            startsWith = List.copyOf(startsWith);
            notStartsWith = List.copyOf(notStartsWith);
            endsWith = List.copyOf(endsWith);
            notEndsWith = List.copyOf(notEndsWith);
        }
    }

    /** One trail, its status and what it records. */
    public record TrailState(Trail trail, Fetched<TrailStatus> status, Fetched<EventSelectors> selectors) {

        /** A trail whose event selectors were not read: any question about what it records cannot be answered. */
        public TrailState(Trail trail, Fetched<TrailStatus> status) {
            this(trail, status, Fetched.failed(io.secpillar.evidence.CouldNotAssessReason.ERROR, GET_EVENT_SELECTORS,
                    "not read"));
        }

        public boolean multiRegion() {
            return trail.multiRegion();
        }

        public boolean logging() {
            return status.isOk() && status.value().logging();
        }
    }

    /**
     * The trails whose home is this region. Trail settings are reported there only, so a multi-region trail
     * gives one finding per setting rather than one per region it covers.
     */
    public List<TrailState> homedHere() {
        return trails.value().stream().filter(t -> region.equals(t.trail().homeRegion())).toList();
    }
}
