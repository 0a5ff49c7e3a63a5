package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.InvalidAccessException;

import java.util.Optional;

import static io.secpillar.evidence.checks.securityhub.SecurityHubInventory.DESCRIBE_HUB;
import static io.secpillar.evidence.checks.securityhub.SecurityHubInventory.GET_ENABLED_STANDARDS;

/**
 * Describes the hub of a region. Security Hub answers InvalidAccessException ("Account … is not subscribed to
 * AWS Security Hub") where it was never enabled: a fact about the region, not an error. A real permission
 * problem comes back as AccessDeniedException and stays one.
 */
public final class SecurityHubCollector implements InventoryCollector<SecurityHubInventory> {

    @Override
    public Class<SecurityHubInventory> type() {
        return SecurityHubInventory.class;
    }

    @Override
    public SecurityHubInventory collect(AwsClients clients, Target target) {
        SecurityHubClient securityHub = clients.client(SecurityHubClient.class, target.region());
        Fetched<Optional<DescribeHubResponse>> hub = AwsCalls.fetch(DESCRIBE_HUB, () -> describe(securityHub));
        if (!hub.isOk() || hub.value().isEmpty()) {
            return new SecurityHubInventory(hub, Optional.empty());
        }
        return new SecurityHubInventory(hub, Optional.of(AwsCalls.fetch(GET_ENABLED_STANDARDS,
                () -> securityHub.getEnabledStandardsPaginator(r -> { }).standardsSubscriptions().stream().toList())));
    }

    private static Optional<DescribeHubResponse> describe(SecurityHubClient securityHub) {
        try {
            return Optional.of(securityHub.describeHub(r -> { }));
        } catch (InvalidAccessException e) {
            return Optional.empty();
        }
    }
}
