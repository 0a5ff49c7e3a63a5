package io.secpillar.evidence.inventory.cloudwatch;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/**
 * What the CloudTrail monitoring checks need in one region: the CloudWatch Logs groups the account's trails
 * deliver to (read from the trails, shadow trails included), every metric filter of the region's log groups and
 * every metric alarm, so that "a filter on the trail's group feeds an alarm that notifies someone" is a lookup.
 */
public record MetricAlarmInventory(String region, Fetched<List<TrailDelivery>> trailDeliveries,
                                   Fetched<List<MetricFilter>> metricFilters, Fetched<List<MetricAlarm>> alarms) {

    public static final String DESCRIBE_TRAILS = "cloudtrail:DescribeTrails";
    public static final String DESCRIBE_METRIC_FILTERS = "logs:DescribeMetricFilters";
    public static final String DESCRIBE_ALARMS = "cloudwatch:DescribeAlarms";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_TRAILS, DESCRIBE_METRIC_FILTERS, DESCRIBE_ALARMS);

    /** A trail and the log group ARN it delivers to (null or blank when it delivers to none). */
    public record TrailDelivery(String trailName, String trailArn, String logGroupArn) {

        public boolean delivers() {
            return logGroupArn != null && !logGroupArn.isBlank();
        }

        /** The log group's region, read from its ARN (arn:aws:logs:REGION:account:log-group:NAME:*). */
        public Optional<String> logGroupRegion() {
            return part(3);
        }

        public Optional<String> logGroupName() {
            return part(6);
        }

        private Optional<String> part(int index) {
            String[] parts = delivers() ? logGroupArn.split(":") : new String[0];
            return parts.length > index ? Optional.of(parts[index]) : Optional.empty();
        }
    }

    /** A metric filter: its log group, pattern and the metrics it feeds. */
    public record MetricFilter(String logGroupName, String filterName, String pattern, List<Metric> metrics) {
    }

    /** A metric, by namespace and name. */
    public record Metric(String namespace, String name) {
    }

    /**
     * A metric alarm: the metrics it watches (its own, or those of its metric-math query), whether its actions
     * are enabled, and what it does when it fires; {@code proof} is its description as AWS gave it.
     */
    public record MetricAlarm(String name, String arn, List<Metric> metrics, boolean actionsEnabled,
                              List<String> alarmActions, String proof) {

        /** The SNS topics the alarm notifies when it fires (none when its actions are disabled). */
        public List<String> notifiedTopics() {
            return actionsEnabled ? alarmActions.stream().filter(a -> a.startsWith("arn:") && a.contains(":sns:"))
                    .toList() : List.of();
        }
    }
}
