package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricAlarm;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.MetricFilter;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory.TrailDelivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows the chain from the trails' log groups to a notification: the filters on those groups that catch the
 * event, the alarms on the filters' metrics, the SNS topics those alarms notify. Reports the furthest link found.
 */
final class TrailAlarms {

    private TrailAlarms() {
    }

    static Verdict judge(MonitoredEvent event, List<TrailDelivery> trails, List<MetricFilter> filters,
                         List<MetricAlarm> alarms) {
        Set<String> groups = trails.stream().flatMap(t -> t.logGroupName().stream()).collect(Collectors.toSet());
        List<MetricFilter> catching = filters.stream().filter(f -> groups.contains(f.logGroupName()))
                .filter(f -> event.caughtBy(f.pattern())).toList();
        if (catching.isEmpty()) {
            return Verdict.fail("No metric filter on " + groups + " catches " + event.description() + ".",
                    Map.of("logGroups", groups.toString(), "metricFiltersOnTheseGroups", String.valueOf(filters
                            .stream().filter(f -> groups.contains(f.logGroupName())).count())), "");
        }
        Optional<MetricAlarm> anyAlarm = Optional.empty();
        for (MetricFilter filter : catching) {
            for (MetricAlarm alarm : alarms) {
                if (alarm.metrics().stream().noneMatch(filter.metrics()::contains)) {
                    continue;
                }
                if (!alarm.notifiedTopics().isEmpty()) {
                    return Verdict.pass("Metric filter " + filter.filterName() + " on " + filter.logGroupName()
                            + " feeds alarm " + alarm.name() + ", which notifies " + alarm.notifiedTopics() + ".",
                            Map.of("metricFilter", filter.filterName(), "alarm", alarm.name(), "snsTopics",
                                    String.join(", ", alarm.notifiedTopics())), proof(filter, alarm));
                }
                anyAlarm = Optional.of(alarm);
            }
        }
        MetricFilter first = catching.get(0);
        return anyAlarm.map(a -> Verdict.fail("Alarm " + a.name() + " watches the metric of filter "
                        + first.filterName() + " but notifies no SNS topic" + (a.actionsEnabled() ? "."
                        : " (its actions are disabled)."), Map.of("metricFilter", first.filterName(), "alarm", a.name(),
                        "actionsEnabled", String.valueOf(a.actionsEnabled())), proof(first, a)))
                .orElseGet(() -> Verdict.fail("Metric filter " + first.filterName() + " catches "
                        + event.description() + " but no alarm watches its metric " + first.metrics() + ".",
                        Map.of("metricFilter", first.filterName(), "alarms", "0"), "Filter pattern: "
                                + first.pattern()));
    }

    private static String proof(MetricFilter filter, MetricAlarm alarm) {
        return "Filter pattern: " + filter.pattern() + " Alarm: " + alarm.proof();
    }
}
