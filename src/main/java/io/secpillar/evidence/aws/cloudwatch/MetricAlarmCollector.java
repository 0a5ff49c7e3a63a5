package io.secpillar.evidence.aws.cloudwatch;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.Metric;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricAlarm;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricFilter;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.TrailDelivery;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

import java.util.ArrayList;
import java.util.List;

import static io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.DESCRIBE_ALARMS;
import static io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.DESCRIBE_METRIC_FILTERS;
import static io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.DESCRIBE_TRAILS;

/**
 * Reads the trails (for the log groups they deliver to), then every metric filter and every metric alarm of the
 * region, each as one paginated listing rather than a call per log group or per metric.
 */
public final class MetricAlarmCollector implements InventoryCollector<MetricAlarmInventory> {

    @Override
    public Class<MetricAlarmInventory> type() {
        return MetricAlarmInventory.class;
    }

    @Override
    public MetricAlarmInventory collect(AwsClients clients, Target target) {
        CloudTrailClient cloudTrail = clients.client(CloudTrailClient.class, target.region());
        CloudWatchLogsClient logs = clients.client(CloudWatchLogsClient.class, target.region());
        CloudWatchClient cloudWatch = clients.client(CloudWatchClient.class, target.region());
        return new MetricAlarmInventory(target.region(),
                AwsCalls.fetch(DESCRIBE_TRAILS, () -> cloudTrail.describeTrails(r -> r.includeShadowTrails(true))
                        .trailList().stream().map(t -> new TrailDelivery(t.name(), t.trailARN(),
                                t.cloudWatchLogsLogGroupArn())).toList()),
                AwsCalls.fetch(DESCRIBE_METRIC_FILTERS, () -> logs.describeMetricFiltersPaginator(r -> { })
                        .metricFilters().stream().map(f -> new MetricFilter(f.logGroupName(), f.filterName(),
                                f.filterPattern() == null ? "" : f.filterPattern(), f.metricTransformations().stream()
                                .map(m -> new Metric(m.metricNamespace(), m.metricName())).toList())).toList()),
                AwsCalls.fetch(DESCRIBE_ALARMS, () -> cloudWatch.describeAlarmsPaginator(r -> { }).metricAlarms()
                        .stream().map(a -> new MetricAlarm(a.alarmName(), a.alarmArn(),
                                metrics(a.namespace(), a.metricName(), a.metrics()),
                                Boolean.TRUE.equals(a.actionsEnabled()), a.alarmActions(), a.toString())).toList()));
    }

    /** The alarm's own metric, or those its metric-math queries read. */
    private static List<Metric> metrics(String namespace, String name, List<MetricDataQuery> queries) {
        List<Metric> metrics = new ArrayList<>();
        if (name != null) {
            metrics.add(new Metric(namespace, name));
        }
        queries.stream().filter(q -> q.metricStat() != null && q.metricStat().metric() != null)
                .map(q -> q.metricStat().metric())
                .forEach(m -> metrics.add(new Metric(m.namespace(), m.metricName())));
        return List.copyOf(metrics);
    }
}
