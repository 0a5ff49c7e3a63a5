package io.secpillar.evidence.inventory.macie;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/**
 * Amazon Macie in one region: the account's Macie session, empty when Macie was never enabled there. Where
 * Macie has no endpoint in the region ({@code offered} false) nothing was asked.
 */
public record MacieInventory(boolean offered, Fetched<Optional<MacieSession>> session) {

    public static final String GET_MACIE_SESSION = "macie2:GetMacieSession";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_MACIE_SESSION);

    /** The session's status (ENABLED or PAUSED) and the GetMacieSession answer as AWS gave it. */
    public record MacieSession(String status, String proof) {
    }
}
