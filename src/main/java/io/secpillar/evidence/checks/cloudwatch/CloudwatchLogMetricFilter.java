package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.TrailDelivery;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A filter on a trail's log group catches the event and feeds an alarm notifying SNS; judged where the group is. */
public final class CloudwatchLogMetricFilter extends InventoryCheck<MetricAlarmInventory> {

    private final MonitoredEvent event;

    public CloudwatchLogMetricFilter(MonitoredEvent event) {
        super(regional("cloudwatch_log_metric_filter_" + event.idSuffix(), "An alarm notifies on "
                + event.description(), "cloudwatch", Severity.MEDIUM, MetricAlarmInventory.OPERATIONS, "On the log "
                + "group your multi-region trail delivers to, add a metric filter for " + event.description()
                + " and a CloudWatch alarm on its metric whose action publishes to an SNS topic someone reads."));
        this.event = event;
    }

    @Override
    public List<Finding> evaluate(MetricAlarmInventory inventory, Target target) {
        return fromRead(inventory.trailDeliveries(), target, trails -> {
            List<TrailDelivery> delivering = trails.stream().filter(TrailDelivery::delivers).toList();
            if (delivering.isEmpty()) {
                return accountFinding(target, fail("No trail delivers to CloudWatch Logs, so no metric filter can "
                        + "watch for " + event.description() + ".", Map.of("trails", String.valueOf(trails.size()),
                        "trailsDeliveringToLogs", "0"), "DescribeTrails: " + trails));
            }
            List<TrailDelivery> here = delivering.stream()
                    .filter(t -> t.logGroupRegion().filter(target.region()::equals).isPresent()).toList();
            if (here.isEmpty()) {
                var regions = new TreeSet<String>();
                delivering.forEach(t -> t.logGroupRegion().ifPresent(regions::add));
                return accountFinding(target, notApplicable("The trails deliver to log groups in " + regions
                        + ", where this is judged.", Map.of("logGroupRegions", regions.toString()), ""));
            }
            var unread = !inventory.metricFilters().isOk() ? inventory.metricFilters() : inventory.alarms();
            if (!unread.isOk()) {
                return couldNotAssess(unread, target);
            }
            return List.of(finding(target, here.get(0).logGroupArn(), TrailAlarms.judge(event, here,
                    inventory.metricFilters().value(), inventory.alarms().value())));
        });
    }
}
