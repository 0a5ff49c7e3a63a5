package io.secpillar.evidence.aws.macie;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.macie.MacieInventory;
import io.secpillar.evidence.inventory.macie.MacieInventory.MacieSession;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;

import java.util.Optional;

import static io.secpillar.evidence.inventory.macie.MacieInventory.GET_MACIE_SESSION;

/**
 * Reads the Macie session. Macie answers a region where it was never enabled with AccessDeniedException
 * "Macie is not enabled." — that is the service's state, not a missing permission, and is kept apart from a
 * real refusal (whose message names the IAM action). Regions without a Macie endpoint are not asked.
 */
public final class MacieCollector implements InventoryCollector<MacieInventory> {

    @Override
    public Class<MacieInventory> type() {
        return MacieInventory.class;
    }

    @Override
    public MacieInventory collect(AwsClients clients, Target target) {
        Region region = Region.of(target.region());
        if (Region.regions().contains(region) && !Macie2Client.serviceMetadata().regions().contains(region)) {
            return new MacieInventory(false, Fetched.failed(CouldNotAssessReason.ERROR, GET_MACIE_SESSION,
                    "Amazon Macie is not offered in " + target.region()));
        }
        Macie2Client macie = clients.client(Macie2Client.class, target.region());
        return new MacieInventory(true, AwsCalls.fetch(GET_MACIE_SESSION, () -> session(macie)));
    }

    private static Optional<MacieSession> session(Macie2Client macie) {
        try {
            var session = macie.getMacieSession(r -> { });
            return Optional.of(new MacieSession(session.statusAsString(), session.toString()));
        } catch (AccessDeniedException e) {
            String message = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorMessage());
            if (message.contains("Macie is not enabled")) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
