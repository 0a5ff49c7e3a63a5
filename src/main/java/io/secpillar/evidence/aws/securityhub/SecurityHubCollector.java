package io.secpillar.evidence.aws.securityhub;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.Hub;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.StandardSubscription;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.InvalidAccessException;

import java.util.Optional;

import static io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.DESCRIBE_HUB;
import static io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.GET_ENABLED_STANDARDS;

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
        Fetched<Optional<Hub>> hub = AwsCalls.fetch(DESCRIBE_HUB, () -> describe(securityHub));
        if (!hub.isOk() || hub.value().isEmpty()) {
            return new SecurityHubInventory(hub, Optional.empty());
        }
        return new SecurityHubInventory(hub, Optional.of(AwsCalls.fetch(GET_ENABLED_STANDARDS,
                () -> securityHub.getEnabledStandardsPaginator(r -> { }).standardsSubscriptions().stream()
                        .map(s -> new StandardSubscription(s.standardsArn(), s.standardsStatusAsString(), s.toString()))
                        .toList())));
    }

    private static Optional<Hub> describe(SecurityHubClient securityHub) {
        try {
            var hub = securityHub.describeHub(r -> { });
            return Optional.of(new Hub(hub.hubArn(), hub.toString()));
        } catch (InvalidAccessException e) {
            return Optional.empty();
        }
    }
}
