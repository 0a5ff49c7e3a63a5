package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.PolicySummary;

import java.util.List;
import java.util.Optional;

/**
 * The account's organization as the account itself sees it (empty when it belongs to none), and, for an
 * organization, its service control policies with how many roots, OUs or accounts each is attached to.
 * The SCPs are only asked for when there is an organization to ask about.
 */
public record OrganizationsInventory(Fetched<Optional<Organization>> organization,
                                     Optional<Fetched<List<ServiceControlPolicy>>> serviceControlPolicies) {

    static final String DESCRIBE_ORGANIZATION = "organizations:DescribeOrganization";
    static final String LIST_POLICIES = "organizations:ListPolicies";
    static final String LIST_TARGETS_FOR_POLICY = "organizations:ListTargetsForPolicy";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_ORGANIZATION, LIST_POLICIES,
            LIST_TARGETS_FOR_POLICY);

    /** One SCP and the number of targets it is attached to (for AWS-managed FullAWSAccess, not asked). */
    public record ServiceControlPolicy(PolicySummary summary, Optional<Fetched<Integer>> targets) {

        public boolean awsManaged() {
            return Boolean.TRUE.equals(summary.awsManaged());
        }
    }
}
