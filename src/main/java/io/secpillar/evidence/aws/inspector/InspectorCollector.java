package io.secpillar.evidence.aws.inspector;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.inspector.InspectorInventory;
import io.secpillar.evidence.inventory.inspector.InspectorInventory.AccountState;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.BatchGetAccountStatusResponse;

import static io.secpillar.evidence.inventory.inspector.InspectorInventory.BATCH_GET_ACCOUNT_STATUS;

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
                () -> state(inspector.batchGetAccountStatus(r -> { }))));
    }

    private static AccountState state(BatchGetAccountStatusResponse response) {
        String failed = String.valueOf(response.failedAccounts());
        if (response.accounts().isEmpty()) {
            return new AccountState(false, "", failed, response.toString());
        }
        var account = response.accounts().get(0);
        String status = account.state() == null ? "UNKNOWN" : account.state().statusAsString();
        return new AccountState(true, status, failed, account.toString());
    }
}
