package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.Metric;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricAlarm;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricFilter;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.TrailDelivery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CloudwatchLogMetricFilterTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final String GROUP_ARN = "arn:aws:logs:eu-west-1:111122223333:log-group:org-trail:*";
    static final TrailDelivery TRAIL = new TrailDelivery("org-trail",
            "arn:aws:cloudtrail:eu-west-1:111122223333:trail/org-trail", GROUP_ARN);
    static final Metric ROOT_METRIC = new Metric("CISBenchmark", "RootUsageCount");
    static final MetricFilter ROOT_FILTER = new MetricFilter("org-trail", "root-usage",
            "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS "
                    + "&& $.eventType != \"AwsServiceEvent\" }", List.of(ROOT_METRIC));
    static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:security-alerts";

    private final CloudwatchLogMetricFilter rootUsage = new CloudwatchLogMetricFilter(MonitoredEvent.ROOT_USAGE);

    static MetricAlarmInventory inventory(List<TrailDelivery> trails, List<MetricFilter> filters,
                                          List<MetricAlarm> alarms) {
        return new MetricAlarmInventory("eu-west-1", Fetched.ok(trails, MetricAlarmInventory.DESCRIBE_TRAILS),
                Fetched.ok(filters, MetricAlarmInventory.DESCRIBE_METRIC_FILTERS),
                Fetched.ok(alarms, MetricAlarmInventory.DESCRIBE_ALARMS));
    }

    static MetricAlarm alarm(boolean actionsEnabled, String... actions) {
        return new MetricAlarm("root-usage-alarm", "arn:aws:cloudwatch:eu-west-1:111122223333:alarm:root-usage-alarm",
                List.of(ROOT_METRIC), actionsEnabled, List.of(actions), "MetricAlarm(AlarmName=root-usage-alarm)");
    }

    private Finding only(MetricAlarmInventory inventory) {
        List<Finding> findings = rootUsage.evaluate(inventory, EU);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void passesWhenAFilterOnTheTrailGroupFeedsAnAlarmThatNotifiesATopic() {
        Finding f = only(inventory(List.of(TRAIL), List.of(ROOT_FILTER), List.of(alarm(true, TOPIC))));

        assertThat(f.status()).isEqualTo(Status.PASS);
        assertThat(f.checkId()).isEqualTo("cloudwatch_log_metric_filter_root_usage");
        assertThat(f.resourceId()).isEqualTo(GROUP_ARN);
        assertThat(f.observed()).containsEntry("alarm", "root-usage-alarm").containsEntry("snsTopics", TOPIC);
        assertThat(f.proof()).contains("userIdentity.type");
    }

    @Test
    void failsAtTheFirstMissingLinkOfTheChain() {
        assertThat(only(inventory(List.of(), List.of(), List.of())).reason())
                .contains("No trail delivers to CloudWatch Logs");
        assertThat(only(inventory(List.of(new TrailDelivery("t", "arn:t", null)), List.of(), List.of())).status())
                .isEqualTo(Status.FAIL);
        MetricFilter otherGroup = new MetricFilter("app-logs", "root", ROOT_FILTER.pattern(), List.of(ROOT_METRIC));
        assertThat(only(inventory(List.of(TRAIL), List.of(otherGroup), List.of(alarm(true, TOPIC)))).reason())
                .contains("No metric filter on [org-trail] catches use of the root user");
        assertThat(only(inventory(List.of(TRAIL), List.of(ROOT_FILTER), List.of())).reason())
                .contains("no alarm watches its metric");
        Finding autoScalingOnly = only(inventory(List.of(TRAIL), List.of(ROOT_FILTER), List.of(alarm(true,
                "arn:aws:autoscaling:eu-west-1:111122223333:scalingPolicy:x"))));
        assertThat(autoScalingOnly.status()).isEqualTo(Status.FAIL);
        assertThat(autoScalingOnly.reason()).contains("notifies no SNS topic");
        assertThat(only(inventory(List.of(TRAIL), List.of(ROOT_FILTER), List.of(alarm(false, TOPIC)))).reason())
                .contains("actions are disabled");
    }

    @Test
    void aPatternMustNameEveryEventAsAWholeWord() {
        var routes = new CloudwatchLogMetricFilter(MonitoredEvent.ROUTE_TABLE_CHANGES);
        String tablesOnly = "{ ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRouteTableAssociation) || "
                + "($.eventName = DeleteRouteTable) || ($.eventName = DisassociateRouteTable) }";
        MetricFilter filter = new MetricFilter("org-trail", "routes", tablesOnly, List.of(ROOT_METRIC));

        assertThat(routes.evaluate(inventory(List.of(TRAIL), List.of(filter), List.of(alarm(true, TOPIC))), EU)
                .get(0).status()).isEqualTo(Status.FAIL);
        assertThat(MonitoredEvent.ROUTE_TABLE_CHANGES.missingFrom(tablesOnly))
                .containsExactly("CreateRoute", "ReplaceRoute", "DeleteRoute");
    }

    @Test
    void isJudgedInTheRegionOfTheTrailsLogGroup() {
        TrailDelivery homedInUs = new TrailDelivery("org-trail", "arn:aws:cloudtrail:us-east-1:111122223333:trail/x",
                "arn:aws:logs:us-east-1:111122223333:log-group:org-trail:*");

        Finding f = only(inventory(List.of(homedInUs), List.of(), List.of()));

        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("[us-east-1]");
    }

    @Test
    void couldNotAssessWhenTheTrailsOrTheAlarmsCannotBeRead() {
        var noTrails = new MetricAlarmInventory("eu-west-1", Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                MetricAlarmInventory.DESCRIBE_TRAILS, ""), Fetched.ok(List.of(), MetricAlarmInventory.DESCRIBE_METRIC_FILTERS),
                Fetched.ok(List.of(), MetricAlarmInventory.DESCRIBE_ALARMS));
        var noAlarms = new MetricAlarmInventory("eu-west-1", Fetched.ok(List.of(TRAIL), MetricAlarmInventory.DESCRIBE_TRAILS),
                Fetched.ok(List.of(ROOT_FILTER), MetricAlarmInventory.DESCRIBE_METRIC_FILTERS),
                Fetched.failed(CouldNotAssessReason.THROTTLED, MetricAlarmInventory.DESCRIBE_ALARMS, "after 3 attempts"));

        assertThat(only(noTrails).status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(only(noTrails).reason()).contains("cloudtrail:DescribeTrails");
        assertThat(only(noAlarms).status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(only(noAlarms).reason()).contains("cloudwatch:DescribeAlarms", "after 3 attempts");
    }
}
