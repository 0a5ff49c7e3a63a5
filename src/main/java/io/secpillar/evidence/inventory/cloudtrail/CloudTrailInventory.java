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

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_TRAILS, GET_TRAIL_STATUS);

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

    /** One trail and its status. */
    public record TrailState(Trail trail, Fetched<TrailStatus> status) {

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
