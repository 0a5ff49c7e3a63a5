package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

import java.util.List;
import java.util.Optional;

/**
 * Security Hub in one region: the hub (empty when the account is not subscribed there) and, for a hub, the
 * security standards it has enabled.
 */
public record SecurityHubInventory(Fetched<Optional<DescribeHubResponse>> hub,
                                   Optional<Fetched<List<StandardsSubscription>>> standards) {

    static final String DESCRIBE_HUB = "securityhub:DescribeHub";
    static final String GET_ENABLED_STANDARDS = "securityhub:GetEnabledStandards";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_HUB, GET_ENABLED_STANDARDS);
}
