package io.secpillar.evidence.inventory.cloudwatch;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/** The CloudWatch Logs groups of one region, with their encryption key and retention. */
public record LogGroupInventory(Fetched<List<LogGroup>> logGroups) {

    public static final String DESCRIBE_LOG_GROUPS = "logs:DescribeLogGroups";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_LOG_GROUPS);

    /**
     * A log group.
     *
     * @param kmsKeyId        empty when CloudWatch Logs encrypts it with its own key only
     * @param retentionInDays empty when its events never expire
     * @param proof           the description as AWS gave it
     */
    public record LogGroup(String name, String arn, Optional<String> kmsKeyId, Optional<Integer> retentionInDays,
                           String proof) {
    }
}
