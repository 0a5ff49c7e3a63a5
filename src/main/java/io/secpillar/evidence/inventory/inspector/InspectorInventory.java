package io.secpillar.evidence.inventory.inspector;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * Amazon Inspector's status for the account in one region. Where Inspector has no endpoint in the region
 * ({@code offered} false) nothing was asked and {@code status} only says so.
 */
public record InspectorInventory(boolean offered, Fetched<AccountState> status) {

    public static final String BATCH_GET_ACCOUNT_STATUS = "inspector2:BatchGetAccountStatus";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(BATCH_GET_ACCOUNT_STATUS);

    /**
     * What BatchGetAccountStatus answered about the calling account.
     *
     * @param reported       false when Inspector gave no status for the account, as {@code failedAccounts} explains
     * @param status         ENABLED, DISABLED … (UNKNOWN when the account came back without a state)
     * @param failedAccounts the failed accounts of the answer, as AWS gave them
     * @param proof          the account's entry as AWS gave it, or the whole answer when there is none
     */
    public record AccountState(boolean reported, String status, String failedAccounts, String proof) {
    }
}
