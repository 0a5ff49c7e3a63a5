package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.organizations.model.Organization;

import java.util.List;
import java.util.Map;

/** The account belongs to an AWS Organizations organization, so it can be governed with the others. */
public final class OrganizationsAccountPartOfOrganizations implements Check<OrganizationsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("organizations_account_part_of_organizations",
            "Account belongs to an AWS organization", "organizations", Scope.GLOBAL, Severity.MEDIUM,
            List.of(OrganizationsInventory.DESCRIBE_ORGANIZATION),
            "Invite the account into the organization (or create a new organization from a dedicated management "
                    + "account), then place it in the OU whose guardrails fit its workload.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<OrganizationsInventory> inventoryType() {
        return OrganizationsInventory.class;
    }

    @Override
    public List<Finding> evaluate(OrganizationsInventory inventory, Target target) {
        if (!inventory.organization().isOk()) {
            return List.of(inventory.organization().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.organization().value().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "The account is not in an AWS organization.", Map.of("organization", "none"),
                    "DescribeOrganization: AWSOrganizationsNotInUseException"));
        }
        Organization org = inventory.organization().value().get();
        boolean management = target.accountId().equals(org.masterAccountId());
        String reason = "The account is " + (management ? "the management account" : "a member") + " of organization "
                + org.id() + ".";
        return List.of(new Finding(METADATA.id(), Status.PASS, target.accountId(), target.region(),
                target.accountId(), reason, Map.of("organizationId", String.valueOf(org.id()),
                "managementAccountId", String.valueOf(org.masterAccountId()), "featureSet",
                String.valueOf(org.featureSetAsString())),
                "DescribeOrganization: Id=" + org.id() + ", Arn=" + org.arn() + ", FeatureSet="
                        + org.featureSetAsString() + ", MasterAccountId=" + org.masterAccountId()));
    }
}
