package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory;

import java.util.List;
import java.util.Map;

/** The account belongs to an AWS Organizations organization, so it can be governed with the others. */
public final class OrganizationsAccountPartOfOrganizations extends InventoryCheck<OrganizationsInventory> {

    public OrganizationsAccountPartOfOrganizations() {
        super(global("organizations_account_part_of_organizations", "Account belongs to an AWS organization",
                "organizations", Severity.MEDIUM, List.of(OrganizationsInventory.DESCRIBE_ORGANIZATION), "Invite the "
                + "account into the organization (or create a new organization from a dedicated management account), "
                + "then place it in the OU whose guardrails fit its workload."));
    }

    @Override
    public List<Finding> evaluate(OrganizationsInventory inventory, Target target) {
        return accountFinding(inventory.organization(), target, organization -> organization
                .map(org -> pass("The account is " + (target.accountId().equals(
                        org.managementAccountId()) ? "the management account" : "a member") + " of organization "
                        + org.id() + ".", Map.of("organizationId", String.valueOf(org.id()), "managementAccountId",
                        String.valueOf(org.managementAccountId()), "featureSet", String.valueOf(org.featureSet())),
                        "DescribeOrganization: Id=" + org.id() + ", Arn=" + org.arn() + ", FeatureSet="
                                + org.featureSet() + ", MasterAccountId=" + org.managementAccountId()))
                .orElseGet(() -> fail("The account is not in an AWS organization.",
                        Map.of("organization", "none"), "DescribeOrganization: AWSOrganizationsNotInUseException")));
    }
}
