package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Each trail also delivers to CloudWatch Logs, and did so in the 24 hours before the scan, so alarms can fire. */
public final class CloudtrailCloudwatchLoggingEnabled extends InventoryCheck<CloudTrailInventory> {

    public CloudtrailCloudwatchLoggingEnabled() {
        super(regional("cloudtrail_cloudwatch_logging_enabled", "Trails deliver to CloudWatch Logs", "cloudtrail",
                Severity.LOW, CloudTrailInventory.OPERATIONS, "Send the trail to a CloudWatch Logs group (with a role "
                + "CloudTrail can assume) and build metric filters and alarms for the events you must react to, such "
                + "as root sign-in."));
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return PerTrail.judge(id(), inventory, target, state -> {
            String group = state.trail().cloudWatchLogsLogGroupArn();
            String name = "Trail " + state.trail().name();
            if (group == null || group.isBlank()) {
                return PerTrail.setting(id(), target, state, false, name + " does not deliver to CloudWatch Logs.",
                        Map.of("CloudWatchLogsLogGroupArn", "none"));
            }
            if (!state.status().isOk()) {
                return state.status().couldNotAssess(id(), target, state.trail().arn());
            }
            var last = state.status().value().lastCloudWatchLogsDelivery();
            boolean recent = last.filter(t -> t.isAfter(inventory.collectedAt().minus(Duration.ofHours(24)))).isPresent();
            return PerTrail.setting(id(), target, state, recent, name + " delivers to " + group + (recent ? ", last on "
                    + last.get() + "." : " but delivered nothing in the last 24 hours."), Map.of(
                    "CloudWatchLogsLogGroupArn", group, "LatestCloudWatchLogsDeliveryTime",
                    last.map(Instant::toString).orElse("never")));
        });
    }
}
