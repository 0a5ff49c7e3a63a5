package io.secpillar.evidence.aws.secretsmanager;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory.Secret;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory.LIST_SECRETS;

/**
 * Lists the region's secrets (every page). Only ListSecrets: its entries carry the rotation and access dates,
 * and the read-only guard refuses GetSecretValue anyway.
 */
public final class SecretsManagerCollector implements InventoryCollector<SecretsManagerInventory> {

    private final Clock clock;

    public SecretsManagerCollector() {
        this(Clock.systemUTC());
    }

    public SecretsManagerCollector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<SecretsManagerInventory> type() {
        return SecretsManagerInventory.class;
    }

    @Override
    public SecretsManagerInventory collect(AwsClients clients, Target target) {
        SecretsManagerClient secrets = clients.client(SecretsManagerClient.class, target.region());
        return new SecretsManagerInventory(clock.instant(), AwsCalls.fetch(LIST_SECRETS, () -> secrets
                .listSecretsPaginator(r -> r.includePlannedDeletion(false)).stream().flatMap(page -> page.secretList()
                        .stream())
                .map(SecretsManagerCollector::secret).toList()));
    }

    private static Secret secret(SecretListEntry s) {
        return new Secret(s.name(), s.arn(), Optional.ofNullable(s.createdDate()).orElse(Instant.EPOCH),
                Boolean.TRUE.equals(s.rotationEnabled()),
                Optional.ofNullable(s.rotationRules()).map(r -> r.automaticallyAfterDays()).map(Long::intValue),
                Optional.ofNullable(s.lastRotatedDate()), Optional.ofNullable(s.nextRotationDate()),
                Optional.ofNullable(s.lastAccessedDate()), s.toString());
    }
}
