package io.secpillar.evidence.inventory.iam;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * The customer-managed IAM policies of an account with the document of each one's default version, and the
 * inline policies embedded in its users, groups and roles (documents already URL-decoded). A document that could
 * not be read is kept as the reason why.
 */
public record CustomerPolicyInventory(Fetched<List<CustomerPolicy>> policies,
                                      Fetched<List<InlinePolicy>> inlinePolicies) {

    public static final String LIST_POLICIES = "iam:ListPolicies";
    public static final String GET_POLICY_VERSION = "iam:GetPolicyVersion";
    public static final String GET_ACCOUNT_AUTHORIZATION_DETAILS = "iam:GetAccountAuthorizationDetails";

    /** The reads of the customer-managed policies alone. */
    public static final List<String> MANAGED_OPERATIONS = List.of(LIST_POLICIES, GET_POLICY_VERSION);

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_POLICIES, GET_POLICY_VERSION,
            GET_ACCOUNT_AUTHORIZATION_DETAILS);

    /** One policy as ListPolicies described it, and its default version's JSON document. */
    public record CustomerPolicy(String arn, String name, String defaultVersionId, int attachmentCount,
                                 Fetched<String> document) {
    }

    /**
     * A policy embedded in one user, group or role ({@code holderKind} user, group or role), with its document.
     * Service-linked roles are left out: their inline policies belong to AWS and cannot be changed.
     */
    public record InlinePolicy(String holderKind, String holderName, String holderArn, String name, String document) {

        /** What a finding names it by: the holder's ARN and the policy's name, e.g. arn:…:role/Deploy#ci-admin. */
        public String resourceId() {
            return holderArn + "#" + name;
        }
    }
}
