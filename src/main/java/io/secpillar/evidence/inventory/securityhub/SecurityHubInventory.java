package io.secpillar.evidence.inventory.securityhub;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/**
 * Security Hub in one region: the hub (empty when the account is not subscribed there) and, for a hub, the
 * security standards it has enabled.
 */
public record SecurityHubInventory(Fetched<Optional<Hub>> hub, Optional<Fetched<List<StandardSubscription>>> standards) {

    public static final String DESCRIBE_HUB = "securityhub:DescribeHub";
    public static final String GET_ENABLED_STANDARDS = "securityhub:GetEnabledStandards";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_HUB, GET_ENABLED_STANDARDS);

    /** The hub's ARN and the DescribeHub answer as AWS gave it. */
    public record Hub(String arn, String proof) {
    }

    /** One enabled standard: its ARN, its status (READY, PENDING, INCOMPLETE, FAILED …) and the answer. */
    public record StandardSubscription(String standardsArn, String status, String proof) {
    }
}
