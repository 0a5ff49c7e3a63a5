package io.secpillar.evidence.aws.organizations;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.Organization;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.ServiceControlPolicy;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.organizations.OrganizationsInventory.DESCRIBE_ORGANIZATION;
import static io.secpillar.evidence.inventory.organizations.OrganizationsInventory.LIST_POLICIES;
import static io.secpillar.evidence.inventory.organizations.OrganizationsInventory.LIST_TARGETS_FOR_POLICY;

/**
 * Reads the organization (AWSOrganizationsNotInUseException means the account stands alone, a fact rather
 * than an error), then its SCPs and each customer SCP's attachments. Member accounts are usually refused the
 * SCP reads; that refusal is kept as data.
 */
public final class OrganizationsCollector implements InventoryCollector<OrganizationsInventory> {

    @Override
    public Class<OrganizationsInventory> type() {
        return OrganizationsInventory.class;
    }

    @Override
    public OrganizationsInventory collect(AwsClients clients, Target target) {
        OrganizationsClient organizations = clients.client(OrganizationsClient.class, target.region());
        Fetched<Optional<Organization>> organization = AwsCalls.fetch(DESCRIBE_ORGANIZATION,
                () -> describe(organizations));
        if (!organization.isOk() || organization.value().isEmpty()) {
            return new OrganizationsInventory(organization, Optional.empty());
        }
        Fetched<List<PolicySummary>> listed = AwsCalls.fetch(LIST_POLICIES, () -> organizations
                .listPoliciesPaginator(r -> r.filter(PolicyType.SERVICE_CONTROL_POLICY)).stream()
                .flatMap(page -> page.policies().stream()).toList());
        return new OrganizationsInventory(organization, Optional.of(listed.map(policies -> policies.stream()
                .map(policy -> withTargets(organizations, policy)).toList())));
    }

    private static Optional<Organization> describe(OrganizationsClient organizations) {
        try {
            var org = organizations.describeOrganization().organization();
            return Optional.of(new Organization(org.id(), org.arn(), org.featureSetAsString(), org.masterAccountId()));
        } catch (AwsOrganizationsNotInUseException e) {
            return Optional.empty();
        }
    }

    private static ServiceControlPolicy withTargets(OrganizationsClient organizations, PolicySummary policy) {
        if (Boolean.TRUE.equals(policy.awsManaged())) {
            return new ServiceControlPolicy(policy.name(), true, Optional.empty());
        }
        return new ServiceControlPolicy(policy.name(), false, Optional.of(AwsCalls.fetch(LIST_TARGETS_FOR_POLICY,
                () -> organizations.listTargetsForPolicyPaginator(r -> r.policyId(policy.id())).stream()
                        .mapToInt(page -> page.targets().size()).sum())));
    }
}
