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

/** The organization attaches at least one service control policy of its own (beyond FullAWSAccess). */
public final class OrganizationsScpInUse implements Check<OrganizationsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("organizations_scp_in_use",
            "Service control policies set guardrails", "organizations", Scope.GLOBAL, Severity.MEDIUM,
            OrganizationsInventory.OPERATIONS,
            "Write SCPs for the guardrails every account must keep (no leaving the organization, no disabling "
                    + "CloudTrail or GuardDuty, allowed regions) and attach them to the root or to OUs.");

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
        if (inventory.organization().value().isEmpty() || inventory.serviceControlPolicies().isEmpty()) {
            return List.of(ScpVerdict.finding(METADATA, target, Status.FAIL, "The account is not in an organization,"
                    + " so no service control policy can apply to it.", Map.of("organization", "none"),
                    "DescribeOrganization: AWSOrganizationsNotInUseException"));
        }
        Organization org = inventory.organization().value().get();
        if (!"ALL".equals(org.featureSetAsString())) {
            return List.of(ScpVerdict.finding(METADATA, target, Status.FAIL, "Organization " + org.id()
                    + " runs with consolidated billing only, which has no service control policies.",
                    Map.of("featureSet", String.valueOf(org.featureSetAsString())),
                    "DescribeOrganization: FeatureSet=" + org.featureSetAsString()));
        }
        return List.of(ScpVerdict.judge(METADATA, target, org, inventory.serviceControlPolicies().get()));
    }
}
