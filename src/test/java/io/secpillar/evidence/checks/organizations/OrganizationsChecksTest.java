package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.Organization;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.ServiceControlPolicy;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** organizations_account_part_of_organizations and organizations_scp_in_use on in-memory inventories. */
class OrganizationsChecksTest {

    private static final Target MEMBER = new Target("audit", "222233334444", Target.GLOBAL_REGION);
    private static final Target MANAGEMENT = new Target("org", "111122223333", Target.GLOBAL_REGION);
    private static final Organization ORG = new Organization("o-a1b2c3d4e5",
            "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5", "ALL", "111122223333");

    private static final OrganizationsAccountPartOfOrganizations PART_OF = new OrganizationsAccountPartOfOrganizations();
    private static final OrganizationsScpInUse SCPS = new OrganizationsScpInUse();

    private static OrganizationsInventory inOrg(Organization org, Fetched<List<ServiceControlPolicy>> scps) {
        return new OrganizationsInventory(Fetched.ok(Optional.of(org), "organizations:DescribeOrganization"),
                Optional.of(scps));
    }

    private static ServiceControlPolicy scp(String name, boolean awsManaged, Integer targets) {
        return new ServiceControlPolicy(name, awsManaged, targets == null ? Optional.empty()
                : Optional.of(Fetched.ok(targets, "x")));
    }

    private static Fetched<List<ServiceControlPolicy>> scps(ServiceControlPolicy... policies) {
        return Fetched.ok(List.of(policies), "organizations:ListPolicies");
    }

    private static final OrganizationsInventory STANDALONE = new OrganizationsInventory(
            Fetched.ok(Optional.empty(), "organizations:DescribeOrganization"), Optional.empty());
    private static final OrganizationsInventory REFUSED = new OrganizationsInventory(
            Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "organizations:DescribeOrganization", "AccessDenied"),
            Optional.empty());

    @Test
    void partOfOrganization() {
        var pass = PART_OF.evaluate(inOrg(ORG, scps()), MEMBER).get(0);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(pass.reason()).contains("a member of organization o-a1b2c3d4e5");
        assertThat(pass.proof()).isEqualTo("DescribeOrganization: Id=o-a1b2c3d4e5, Arn=arn:aws:organizations::"
                + "111122223333:organization/o-a1b2c3d4e5, FeatureSet=ALL, MasterAccountId=111122223333");
        assertThat(PART_OF.evaluate(STANDALONE, MEMBER).get(0).status()).isEqualTo(Status.FAIL);
        var refused = PART_OF.evaluate(REFUSED, MEMBER).get(0);
        assertThat(refused.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(refused.reason()).contains("organizations:DescribeOrganization");
    }

    @Test
    void scpsPassWhenACustomScpIsAttached() {
        var finding = SCPS.evaluate(inOrg(ORG, scps(scp("FullAWSAccess", true, null), scp("DenyLeave", false, 1),
                scp("Draft", false, 0))), MANAGEMENT).get(0);

        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.reason()).contains("[DenyLeave]");
        assertThat(finding.proof()).contains("DenyLeave attached to 1").contains("Draft attached to 0");
    }

    @Test
    void scpsFailWithOnlyFullAwsAccessOrUnattachedOnesOrNoOrganization() {
        assertThat(SCPS.evaluate(inOrg(ORG, scps(scp("FullAWSAccess", true, null))), MANAGEMENT).get(0).reason())
                .contains("no SCP besides");
        assertThat(SCPS.evaluate(inOrg(ORG, scps(scp("Draft", false, 0))), MANAGEMENT).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(SCPS.evaluate(STANDALONE, MEMBER).get(0).status()).isEqualTo(Status.FAIL);
        Organization billingOnly = new Organization(ORG.id(), ORG.arn(), "CONSOLIDATED_BILLING", "111122223333");
        assertThat(SCPS.evaluate(inOrg(billingOnly, scps()), MANAGEMENT).get(0).reason())
                .contains("consolidated billing");
    }

    @Test
    void aMemberRefusedTheScpListIsToldWhereToScanFrom() {
        var finding = SCPS.evaluate(inOrg(ORG, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "organizations:ListPolicies", "AccessDeniedException: You don't have permissions to access this "
                        + "resource.")), MEMBER).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("organizations:ListPolicies")
                .contains("Only the management account (111122223333)");
        assertThat(SCPS.evaluate(REFUSED, MEMBER).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
    }

    @Test
    void unreadableAttachmentsAreCouldNotAssess() {
        var hidden = new ServiceControlPolicy("Hidden", false,
                Optional.of(Fetched.failed(CouldNotAssessReason.THROTTLED, "x", "")));

        assertThat(SCPS.evaluate(inOrg(ORG, scps(hidden)), MANAGEMENT).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
