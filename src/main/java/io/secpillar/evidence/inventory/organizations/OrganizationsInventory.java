package io.secpillar.evidence.inventory.organizations;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/**
 * The account's organization as the account itself sees it (empty when it belongs to none), and, for an
 * organization, its service control policies with how many roots, OUs or accounts each is attached to.
 * The SCPs are only asked for when there is an organization to ask about.
 */
public record OrganizationsInventory(Fetched<Optional<Organization>> organization,
                                     Optional<Fetched<List<ServiceControlPolicy>>> serviceControlPolicies) {

    public static final String DESCRIBE_ORGANIZATION = "organizations:DescribeOrganization";
    public static final String LIST_POLICIES = "organizations:ListPolicies";
    public static final String LIST_TARGETS_FOR_POLICY = "organizations:ListTargetsForPolicy";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_ORGANIZATION, LIST_POLICIES,
            LIST_TARGETS_FOR_POLICY);

    /** The organization (its management account's e-mail address is left out on purpose). */
    public record Organization(String id, String arn, String featureSet, String managementAccountId) {
    }

    /** One SCP and the number of targets it is attached to (for AWS-managed FullAWSAccess, not asked). */
    public record ServiceControlPolicy(String name, boolean awsManaged, Optional<Fetched<Integer>> targets) {
    }
}
