package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.iam.model.Policy;

import java.util.List;

/**
 * The customer-managed IAM policies of an account with the document of each one's default version
 * (already URL-decoded). A document that could not be read is kept as the reason why.
 */
public record CustomerPolicyInventory(Fetched<List<CustomerPolicy>> policies) {

    static final String LIST_POLICIES = "iam:ListPolicies";
    static final String GET_POLICY_VERSION = "iam:GetPolicyVersion";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_POLICIES, GET_POLICY_VERSION);

    /** One policy as ListPolicies described it, and its default version's JSON document. */
    public record CustomerPolicy(Policy policy, Fetched<String> document) {

        public String arn() {
            return policy.arn();
        }

        public int attachmentCount() {
            return policy.attachmentCount() == null ? 0 : policy.attachmentCount();
        }
    }
}
