package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each trail also delivers to CloudWatch Logs, and did so in the 24 hours before the scan, so alarms can fire. */
public final class CloudtrailCloudwatchLoggingEnabled implements Check<CloudTrailInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("cloudtrail_cloudwatch_logging_enabled",
            "Trails deliver to CloudWatch Logs", "cloudtrail", Scope.REGIONAL, Severity.LOW,
            CloudTrailInventory.OPERATIONS,
            "Send the trail to a CloudWatch Logs group (with a role CloudTrail can assume) and build metric "
                    + "filters and alarms for the events you must react to, such as root sign-in.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<CloudTrailInventory> inventoryType() {
        return CloudTrailInventory.class;
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return PerTrail.judge(METADATA, inventory, target, state -> {
            String group = state.trail().cloudWatchLogsLogGroupArn();
            String name = state.trail().name();
            if (group == null || group.isBlank()) {
                return PerTrail.finding(METADATA, target, state, false, "Trail " + name
                        + " does not deliver to CloudWatch Logs.", Map.of("CloudWatchLogsLogGroupArn", "none"));
            }
            if (!state.status().isOk()) {
                return state.status().couldNotAssess(METADATA.id(), target, state.trail().trailARN());
            }
            Optional<Instant> last = Optional.ofNullable(state.status().value().latestCloudWatchLogsDeliveryTime());
            Instant dayBefore = inventory.collectedAt().minus(Duration.ofHours(24));
            boolean recent = last.filter(t -> t.isAfter(dayBefore)).isPresent();
            return PerTrail.finding(METADATA, target, state, recent, "Trail " + name + " delivers to " + group
                    + (recent ? ", last on " + last.get() + "." : " but delivered nothing in the last 24 hours."),
                    Map.of("CloudWatchLogsLogGroupArn", group, "LatestCloudWatchLogsDeliveryTime",
                            last.map(Instant::toString).orElse("never")));
        });
    }
}
