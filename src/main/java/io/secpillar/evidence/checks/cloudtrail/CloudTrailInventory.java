package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import java.time.Instant;
import java.util.List;

/**
 * The trails visible in one region (its own, plus the multi-region and organization trails homed elsewhere)
 * with each one's logging status, and when they were read, so that "recent delivery" has a fixed reference.
 */
public record CloudTrailInventory(String region, Instant collectedAt, Fetched<List<TrailState>> trails) {

    static final String DESCRIBE_TRAILS = "cloudtrail:DescribeTrails";
    static final String GET_TRAIL_STATUS = "cloudtrail:GetTrailStatus";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_TRAILS, GET_TRAIL_STATUS);

    /** One trail and its status. */
    public record TrailState(Trail trail, Fetched<GetTrailStatusResponse> status) {

        public boolean multiRegion() {
            return Boolean.TRUE.equals(trail.isMultiRegionTrail());
        }

        public boolean logging() {
            return status.isOk() && Boolean.TRUE.equals(status.value().isLogging());
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
