package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.inspector2.Inspector2Client;

import static io.secpillar.evidence.checks.inspector.InspectorInventory.BATCH_GET_ACCOUNT_STATUS;

/**
 * Asks Inspector for the calling account's status. Regions the SDK knows but where it lists no Inspector
 * endpoint are not asked at all; a region newer than the SDK is asked, so the answer decides.
 */
public final class InspectorCollector implements InventoryCollector<InspectorInventory> {

    @Override
    public Class<InspectorInventory> type() {
        return InspectorInventory.class;
    }

    @Override
    public InspectorInventory collect(AwsClients clients, Target target) {
        Region region = Region.of(target.region());
        if (Region.regions().contains(region) && !Inspector2Client.serviceMetadata().regions().contains(region)) {
            return new InspectorInventory(false, Fetched.failed(CouldNotAssessReason.ERROR, BATCH_GET_ACCOUNT_STATUS,
                    "Amazon Inspector is not offered in " + target.region()));
        }
        Inspector2Client inspector = clients.client(Inspector2Client.class, target.region());
        return new InspectorInventory(true, AwsCalls.fetch(BATCH_GET_ACCOUNT_STATUS,
                () -> inspector.batchGetAccountStatus(r -> { })));
    }
}
