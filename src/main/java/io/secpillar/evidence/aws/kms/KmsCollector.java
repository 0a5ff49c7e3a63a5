package io.secpillar.evidence.aws.kms;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.kms.KmsInventory;
import io.secpillar.evidence.inventory.kms.KmsInventory.KeyMetadata;
import io.secpillar.evidence.inventory.kms.KmsInventory.KeyRotation;
import io.secpillar.evidence.inventory.kms.KmsInventory.KmsKey;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.KeyListEntry;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.kms.KmsInventory.DESCRIBE_KEY;
import static io.secpillar.evidence.inventory.kms.KmsInventory.GET_KEY_ROTATION_STATUS;
import static io.secpillar.evidence.inventory.kms.KmsInventory.LIST_KEYS;

/** Lists the keys of a region (every page), describes each, and reads rotation where it applies. */
public final class KmsCollector implements InventoryCollector<KmsInventory> {

    @Override
    public Class<KmsInventory> type() {
        return KmsInventory.class;
    }

    @Override
    public KmsInventory collect(AwsClients clients, Target target) {
        KmsClient kms = clients.client(KmsClient.class, target.region());
        Fetched<List<KeyListEntry>> keys = AwsCalls.fetch(LIST_KEYS,
                () -> kms.listKeysPaginator(r -> { }).keys().stream().toList());
        return new KmsInventory(keys.map(list -> list.stream().map(entry -> key(kms, entry)).toList()));
    }

    private static KmsKey key(KmsClient kms, KeyListEntry entry) {
        Fetched<KeyMetadata> metadata = AwsCalls.fetch(DESCRIBE_KEY, () -> {
            var m = kms.describeKey(r -> r.keyId(entry.keyArn())).keyMetadata();
            return new KeyMetadata(m.keyManagerAsString(), m.keyStateAsString(), m.keySpecAsString(),
                    m.originAsString(), m.toString());
        });
        boolean rotatable = metadata.isOk() && !metadata.value().awsManaged()
                && metadata.value().whyNotRotatable().isEmpty();
        Optional<Fetched<KeyRotation>> rotation = rotatable
                ? Optional.of(AwsCalls.fetch(GET_KEY_ROTATION_STATUS, () -> rotation(kms, entry)))
                : Optional.empty();
        return new KmsKey(entry.keyArn(), metadata, rotation);
    }

    private static KeyRotation rotation(KmsClient kms, KeyListEntry entry) {
        GetKeyRotationStatusResponse r = kms.getKeyRotationStatus(q -> q.keyId(entry.keyArn()));
        return new KeyRotation(Boolean.TRUE.equals(r.keyRotationEnabled()), r.rotationPeriodInDays(), r.toString());
    }
}
