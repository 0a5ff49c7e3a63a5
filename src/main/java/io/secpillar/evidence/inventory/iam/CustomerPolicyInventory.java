package io.secpillar.evidence.inventory.iam;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * The customer-managed IAM policies of an account with the document of each one's default version
 * (already URL-decoded). A document that could not be read is kept as the reason why.
 */
public record CustomerPolicyInventory(Fetched<List<CustomerPolicy>> policies) {

    public static final String LIST_POLICIES = "iam:ListPolicies";
    public static final String GET_POLICY_VERSION = "iam:GetPolicyVersion";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_POLICIES, GET_POLICY_VERSION);

    /** One policy as ListPolicies described it, and its default version's JSON document. */
    public record CustomerPolicy(String arn, String name, String defaultVersionId, int attachmentCount,
                                 Fetched<String> document) {
    }
}
