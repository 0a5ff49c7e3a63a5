package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.Organization;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.ServiceControlPolicy;

import java.util.List;
import java.util.Map;

/** The organization attaches at least one service control policy of its own (beyond FullAWSAccess). */
public final class OrganizationsScpInUse extends InventoryCheck<OrganizationsInventory> {

    public OrganizationsScpInUse() {
        super(global("organizations_scp_in_use", "Service control policies set guardrails", "organizations",
                Severity.MEDIUM, OrganizationsInventory.OPERATIONS, "Write SCPs for the guardrails every account must "
                + "keep (no leaving the organization, no disabling CloudTrail or GuardDuty, allowed regions) and "
                + "attach them to the root or to OUs."));
    }

    @Override
    public List<Finding> evaluate(OrganizationsInventory inventory, Target target) {
        return fromRead(inventory.organization(), target, organization -> {
            if (organization.isEmpty() || inventory.serviceControlPolicies().isEmpty()) {
                return accountFinding(target, fail("The account is not in an organization, so no "
                        + "service control policy can apply to it.", Map.of("organization", "none"),
                        "DescribeOrganization: AWSOrganizationsNotInUseException"));
            }
            Organization org = organization.get();
            if (!"ALL".equals(org.featureSet())) {
                return accountFinding(target, fail("Organization " + org.id() + " runs with "
                        + "consolidated billing only, which has no service control policies.", Map.of("featureSet",
                        String.valueOf(org.featureSet())), "DescribeOrganization: FeatureSet=" + org.featureSet()));
            }
            return List.of(judge(target, org, inventory.serviceControlPolicies().get()));
        });
    }

    private Finding judge(Target target, Organization org, Fetched<List<ServiceControlPolicy>> scps) {
        if (!scps.isOk()) {
            Finding refused = scps.couldNotAssess(id(), target, target.accountId());
            return target.accountId().equals(org.managementAccountId()) ? refused : refused.withMoreReason(
                    " Only the management account (" + org.managementAccountId() + ") or a delegated administrator "
                            + "of organization " + org.id() + " can list its SCPs; scan with a profile there.");
        }
        return finding(target, target.accountId(), ScpAttachments.verdict(org, scps.value()));
    }
}
