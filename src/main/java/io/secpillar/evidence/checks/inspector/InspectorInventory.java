package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.inspector2.model.BatchGetAccountStatusResponse;

import java.util.List;

/**
 * Amazon Inspector's status for the account in one region. Where Inspector has no endpoint in the region
 * ({@code offered} false) nothing was asked and {@code status} only says so.
 */
public record InspectorInventory(boolean offered, Fetched<BatchGetAccountStatusResponse> status) {

    static final String BATCH_GET_ACCOUNT_STATUS = "inspector2:BatchGetAccountStatus";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(BATCH_GET_ACCOUNT_STATUS);
}
