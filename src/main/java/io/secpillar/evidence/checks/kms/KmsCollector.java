package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.checks.kms.KmsInventory.KmsKey;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.checks.kms.KmsInventory.DESCRIBE_KEY;
import static io.secpillar.evidence.checks.kms.KmsInventory.GET_KEY_ROTATION_STATUS;
import static io.secpillar.evidence.checks.kms.KmsInventory.LIST_KEYS;

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
        Fetched<KeyMetadata> metadata = AwsCalls.fetch(DESCRIBE_KEY,
                () -> kms.describeKey(r -> r.keyId(entry.keyArn())).keyMetadata());
        boolean rotatable = metadata.isOk() && !KmsInventory.awsManaged(metadata.value())
                && KmsInventory.whyNotRotatable(metadata.value()).isEmpty();
        Optional<Fetched<GetKeyRotationStatusResponse>> rotation = rotatable
                ? Optional.of(AwsCalls.fetch(GET_KEY_ROTATION_STATUS,
                        () -> kms.getKeyRotationStatus(r -> r.keyId(entry.keyArn()))))
                : Optional.empty();
        return new KmsKey(entry, metadata, rotation);
    }
}
