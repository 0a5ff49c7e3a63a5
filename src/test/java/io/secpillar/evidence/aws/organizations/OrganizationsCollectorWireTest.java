package io.secpillar.evidence.aws.organizations;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.organizations.OrganizationsAccountPartOfOrganizations;
import io.secpillar.evidence.checks.organizations.OrganizationsScpInUse;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS Organizations over its JSON 1.1 wire format (X-Amz-Target: AWSOrganizationsV20161128.X). */
class OrganizationsCollectorWireTest {

    private static final String PREFIX = "AWSOrganizationsV20161128.";
    private static final Target MANAGEMENT = new Target("org", "111122223333", "us-east-1");
    private static final Target MEMBER = new Target("audit", "222233334444", "us-east-1");
    private static final String ORGANIZATION = "{\"Organization\":{"
            + "\"Arn\":\"arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5\","
            + "\"AvailablePolicyTypes\":[{\"Status\":\"ENABLED\",\"Type\":\"SERVICE_CONTROL_POLICY\"}],"
            + "\"FeatureSet\":\"ALL\",\"Id\":\"o-a1b2c3d4e5\","
            + "\"MasterAccountArn\":\"arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/111122223333\","
            + "\"MasterAccountEmail\":\"cloud-admins@example.com\",\"MasterAccountId\":\"111122223333\"}}";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String policy(String id, String name, boolean awsManaged) {
        return "{\"Arn\":\"arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/" + id
                + "\",\"AwsManaged\":" + awsManaged + ",\"Description\":\"" + name + "\",\"Id\":\"" + id
                + "\",\"Name\":\"" + name + "\",\"Type\":\"SERVICE_CONTROL_POLICY\"}";
    }

    @Test
    void theManagementAccountSeesEveryPageOfScpsAndTheirAttachments() {
        aws.json(PREFIX + "DescribeOrganization", ORGANIZATION);
        aws.json(PREFIX + "ListPolicies", "{\"Policies\":[" + policy("p-FullAWSAccess", "FullAWSAccess", true)
                + "," + policy("p-examplepolicyid111", "RegionLock", false) + "],\"NextToken\":\"scp-page-2\"}",
                "\"Filter\":\"SERVICE_CONTROL_POLICY\"");
        aws.json(PREFIX + "ListPolicies", "{\"Policies\":[" + policy("p-examplepolicyid222", "DenyLeave", false)
                + "]}", "\"NextToken\":\"scp-page-2\"");
        aws.json(PREFIX + "ListTargetsForPolicy", "{\"Targets\":[]}", "\"PolicyId\":\"p-examplepolicyid111\"");
        aws.json(PREFIX + "ListTargetsForPolicy", "{\"Targets\":[{\"TargetId\":\"ou-a1b2-f6g7h222\","
                + "\"Arn\":\"arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-a1b2-f6g7h222\","
                + "\"Name\":\"Workloads\",\"Type\":\"ORGANIZATIONAL_UNIT\"}]}",
                "\"PolicyId\":\"p-examplepolicyid222\"");

        OrganizationsInventory inventory = new OrganizationsCollector().collect(aws.clients(), MANAGEMENT);

        assertThat(inventory.serviceControlPolicies().orElseThrow().value()).extracting(p -> p.name())
                .containsExactly("FullAWSAccess", "RegionLock", "DenyLeave");
        var finding = new OrganizationsScpInUse().evaluate(inventory, MANAGEMENT.global()).get(0);
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.reason()).contains("[DenyLeave]");
        var partOf = new OrganizationsAccountPartOfOrganizations().evaluate(inventory, MANAGEMENT.global()).get(0);
        assertThat(partOf.reason()).contains("the management account");
        assertThat(ORGANIZATION).contains("MasterAccountEmail");
        assertThat(partOf.proof()).contains("Id=o-a1b2c3d4e5").doesNotContain("@");
    }

    @Test
    void aStandaloneAccountFailsBothChecksWithoutAskingForScps() {
        aws.jsonError(PREFIX + "DescribeOrganization", 400, "AWSOrganizationsNotInUseException",
                "Your account is not a member of an organization.");

        OrganizationsInventory inventory = new OrganizationsCollector().collect(aws.clients(), MEMBER);

        assertThat(inventory.organization().value()).isEmpty();
        assertThat(new OrganizationsAccountPartOfOrganizations().evaluate(inventory, MEMBER.global()).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(new OrganizationsScpInUse().evaluate(inventory, MEMBER.global()).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(aws.requests()).hasSize(1);
    }

    @Test
    void aMemberAccountRefusedTheScpListGetsCouldNotAssessWithTheReason() {
        aws.json(PREFIX + "DescribeOrganization", ORGANIZATION);
        aws.jsonError(PREFIX + "ListPolicies", 400, "AccessDeniedException",
                "You don't have permissions to access this resource.");

        OrganizationsInventory inventory = new OrganizationsCollector().collect(aws.clients(), MEMBER);

        var finding = new OrganizationsScpInUse().evaluate(inventory, MEMBER.global()).get(0);
        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission organizations:ListPolicies")
                .contains("management account (111122223333)");
        assertThat(new OrganizationsAccountPartOfOrganizations().evaluate(inventory, MEMBER.global()).get(0).status())
                .isEqualTo(Status.PASS);
    }
}
