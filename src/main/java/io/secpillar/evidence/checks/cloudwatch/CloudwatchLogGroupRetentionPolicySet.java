package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory;

import java.util.List;
import java.util.Map;

/** Each log group has a retention: "never expire" keeps whatever was logged for ever, by default, not by decision. */
public final class CloudwatchLogGroupRetentionPolicySet extends InventoryCheck<LogGroupInventory> {

    public CloudwatchLogGroupRetentionPolicySet() {
        super(regional("cloudwatch_log_group_retention_policy_set", "Log groups have a retention period", "logs",
                Severity.LOW, LogGroupInventory.OPERATIONS, "Set a retention on every log group that matches what "
                + "investigations and regulations need (a year or more for audit logs is common); archive to S3 "
                + "with a lifecycle rule what must be kept longer."));
    }

    @Override
    public List<Finding> evaluate(LogGroupInventory inventory, Target target) {
        return perResource(inventory.logGroups(), target, "log groups", group -> finding(target, group.arn(),
                passIf(group.retentionInDays().isPresent(), "Log group " + group.name() + group.retentionInDays()
                        .map(d -> " keeps events for " + d + " days.").orElse(" keeps events for ever (no retention)."),
                        Map.of("retentionInDays", group.retentionInDays().map(String::valueOf).orElse("never expire")),
                        group.proof())));
    }
}
