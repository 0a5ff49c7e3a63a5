package io.secpillar.evidence.aws.cloudwatch;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

import java.util.Optional;

import static io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory.DESCRIBE_LOG_GROUPS;

/** Lists every log group of the region (every page); encryption and retention come with the listing. */
public final class LogGroupCollector implements InventoryCollector<LogGroupInventory> {

    @Override
    public Class<LogGroupInventory> type() {
        return LogGroupInventory.class;
    }

    @Override
    public LogGroupInventory collect(AwsClients clients, Target target) {
        CloudWatchLogsClient logs = clients.client(CloudWatchLogsClient.class, target.region());
        return new LogGroupInventory(AwsCalls.fetch(DESCRIBE_LOG_GROUPS, () -> logs.describeLogGroupsPaginator(
                r -> { }).logGroups().stream().map(g -> new LogGroup(g.logGroupName(), g.arn(),
                Optional.ofNullable(g.kmsKeyId()).filter(k -> !k.isBlank()), Optional.ofNullable(g.retentionInDays()),
                g.toString())).toList()));
    }
}
