package io.secpillar.evidence.aws.ec2;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.TestAwsClients;
import io.secpillar.evidence.checks.CheckCatalogSlices;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Instance;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.secpillar.evidence.aws.wire.AwsWire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The EC2 collector with the real SDK against a local server speaking the EC2 query protocol: form-encoded
 * POSTs with Action and Version, namespaced XML answers, NextToken pages, and EC2's error documents.
 */
class Ec2InventoryCollectorTest {

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Target TARGET = new Target("audit", "111122223333", "eu-west-1");

    @Test
    void collectsEveryPageAndKeepsARefusedCallAsData() {
        stubMixedRegion();

        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        List<SecurityGroup> groups = inventory.securityGroups().value();
        assertThat(groups).extracting(SecurityGroup::id).containsExactly("sg-0web0000000000001",
                "sg-0def0000000000001", "sg-0win0000000000001", "sg-0dbs0000000000001", "sg-0def0000000000002");
        SecurityGroup web = groups.get(0);
        assertThat(web.arn()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0web0000000000001");
        assertThat(web.inbound()).hasSize(2);
        assertThat(web.inbound().get(1).fromPort()).isEqualTo(22);
        assertThat(web.inbound().get(0).ipv6Ranges().get(0)).isEqualTo("::/0");
        assertThat(groups.get(1).inbound().get(0).sourceGroupIds().get(0)).isEqualTo("sg-0def0000000000001");
        assertThat(web.proof()).startsWith("SecurityGroup(").contains("GroupId=sg-0web0000000000001");
        assertThat(inventory.partition()).isEqualTo("aws");

        assertThat(inventory.networkAcls().value()).hasSize(2);
        assertThat(inventory.networkAcls().value().get(1).entries().get(0).toPort()).isEqualTo(22);
        assertThat(inventory.networkAcls().value().get(1).entries().get(1).ipv6Cidr()).isEqualTo("::/0");
        assertThat(inventory.networkAcls().value().get(1).proof()).startsWith("NetworkAcl(");
        assertThat(inventory.vpcs().value()).extracting(v -> v.id() + ":" + v.isDefault())
                .containsExactly("vpc-0aaa0000000000001:true", "vpc-0bbb0000000000002:false");
        assertThat(inventory.flowLogs().value().get(0).resourceId()).isEqualTo("vpc-0aaa0000000000001");
        assertThat(inventory.flowLogs().value().get(0).status()).isEqualTo("ACTIVE");
        assertThat(inventory.ebsEncryptionByDefault().value()).isTrue();

        Fetched<?> volumes = inventory.volumes();
        assertThat(volumes.reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(volumes.explanation()).contains("ec2:DescribeVolumes").contains("UnauthorizedOperation");

        assertThat(inventory.instances().value()).extracting(Instance::id, i -> i.metadataOptions().orElseThrow().httpTokens())
                .containsExactly(tuple("i-0aaa0000000000001", "required"), tuple("i-0bbb0000000000002", "optional"),
                        tuple("i-0ccc0000000000003", "optional"));
        assertThat(inventory.instances().value().get(2).state()).isEqualTo("terminated");
        assertThat(inventory.instances().value().get(1).metadataOptions().orElseThrow().proof())
                .startsWith("InstanceMetadataOptionsResponse(").contains("HttpTokens=optional");
        assertThat(inventory.snapshots().value()).extracting(Snapshot::id, Snapshot::encrypted)
                .containsExactly(tuple("snap-0aaa0000000000001", true), tuple("snap-0bbb0000000000002", false));
        assertThat(inventory.publicSnapshotIds().value()).containsExactly("snap-0bbb0000000000002");

        aws.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeSecurityGroups"))
                .withRequestBody(containing("Version=2016-11-15")).withRequestBody(containing("MaxResults=1000")));
        aws.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeSnapshots"))
                .withRequestBody(containing("Owner.1=self")).withRequestBody(containing("RestorableBy.1=all")));
    }

    /**
     * EC2 answers 401 AuthFailure in a region the account has not enabled. The JDK's HttpURLConnection (under
     * url-connection-client) drops the body of a 401 to a POST, so the SDK sees no error code: the run must
     * still go on, with every list refused rather than an exception or an empty list taken for "no resources".
     */
    @Test
    void aRegionThatRefusesEveryCallLeavesEveryListUnread() {
        aws.stubFor(post(urlPathEqualTo("/")).willReturn(ec2Error(401, "AuthFailure",
                "AWS was not able to validate the provided access credentials")));

        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()),
                new Target("audit", "111122223333", "ap-east-1"));

        assertThat(List.of(inventory.securityGroups(), inventory.networkAcls(), inventory.vpcs(), inventory.flowLogs(),
                inventory.ebsEncryptionByDefault(), inventory.volumes(), inventory.instances(), inventory.snapshots(),
                inventory.publicSnapshotIds()))
                .allSatisfy(f -> assertThat(f.isOk()).isFalse())
                .allSatisfy(f -> assertThat(f.reason()).isNotEqualTo(CouldNotAssessReason.ACCESS_DENIED));
        aws.verify(9, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void throttlingOnOnePageFailsOnlyThatList() {
        aws.stubFor(post(urlPathEqualTo("/")).willReturn(ec2Error(400, "UnauthorizedOperation", "not allowed")));
        aws.stubFor(action("DescribeSecurityGroups").withRequestBody(notContaining("NextToken"))
                .willReturn(xml(getClass(), "describe-security-groups-page1.xml")));
        aws.stubFor(action("DescribeSecurityGroups").withRequestBody(containing("NextToken=sg-page-2"))
                .willReturn(ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.")));
        aws.stubFor(action("DescribeVpcs").willReturn(xml(getClass(), "describe-vpcs.xml")));

        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.securityGroups().reason()).isEqualTo(CouldNotAssessReason.THROTTLED);
        assertThat(inventory.vpcs().value()).hasSize(2);
        assertThat(inventory.instances().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
    }
    @Test
    void theEc2ChecksJudgeTheMixedRegionResourceByResource() {
        stubMixedRegion();
        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        Map<String, Status> verdicts = new TreeMap<>();
        for (Check<?> check : CheckCatalogSlices.of("ec2")) {
            for (Finding f : evaluate(check, inventory, TARGET)) {
                verdicts.put(f.checkId() + " " + f.resourceId().substring(f.resourceId().lastIndexOf('/') + 1), f.status());
            }
        }

        String sg = "ec2_securitygroup_allow_ingress_from_internet_to_";
        Map<String, Status> expected = new TreeMap<>();
        for (String group : List.of("web0", "def0", "win0", "dbs0")) {
            String id = " sg-0" + group + "000000000001";
            expected.put(sg + "ssh" + id, group.equals("web0") ? Status.FAIL : Status.PASS);
            expected.put(sg + "rdp" + id, group.equals("win0") ? Status.FAIL : Status.PASS);
            expected.put(sg + "database_ports" + id, group.equals("dbs0") ? Status.FAIL : Status.PASS);
            expected.put(sg + "all_ports" + id, Status.PASS);
        }
        for (String check : List.of("ssh", "rdp", "database_ports", "all_ports")) {
            expected.put(sg + check + " sg-0def0000000000002", Status.PASS);
        }
        expected.putAll(Map.of(
                "ec2_securitygroup_default_restrict_traffic sg-0def0000000000001", Status.FAIL,
                "ec2_securitygroup_default_restrict_traffic sg-0def0000000000002", Status.PASS,
                "ec2_networkacl_allow_ingress_ssh acl-0open000000000001", Status.FAIL,
                "ec2_networkacl_allow_ingress_ssh acl-0shut000000000002", Status.PASS,
                "ec2_networkacl_allow_ingress_rdp acl-0open000000000001", Status.FAIL,
                "ec2_networkacl_allow_ingress_rdp acl-0shut000000000002", Status.FAIL,
                "vpc_flow_logs_enabled vpc-0aaa0000000000001", Status.PASS,
                "vpc_flow_logs_enabled vpc-0bbb0000000000002", Status.FAIL,
                "ec2_ebs_default_encryption 111122223333", Status.PASS,
                "ec2_ebs_volume_encryption 111122223333", Status.COULD_NOT_ASSESS));
        expected.putAll(Map.of(
                "ec2_instance_imdsv2_enabled i-0aaa0000000000001", Status.PASS,
                "ec2_instance_imdsv2_enabled i-0bbb0000000000002", Status.FAIL,
                "ec2_ebs_snapshots_encrypted snap-0aaa0000000000001", Status.PASS,
                "ec2_ebs_snapshots_encrypted snap-0bbb0000000000002", Status.FAIL,
                "ec2_ebs_public_snapshot snap-0aaa0000000000001", Status.PASS,
                "ec2_ebs_public_snapshot snap-0bbb0000000000002", Status.FAIL));
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static <I> List<Finding> evaluate(Check<I> check, Object inventory, Target target) {
        return check.evaluate(check.inventoryType().cast(inventory), target);
    }

    /** Five security groups over two pages, two NACLs, two VPCs (one logged), refused volumes, instances, snapshots. */
    private static void stubMixedRegion() {
        aws.stubFor(action("DescribeSecurityGroups").withRequestBody(notContaining("NextToken"))
                .willReturn(xml(Ec2InventoryCollectorTest.class, "describe-security-groups-page1.xml")));
        aws.stubFor(action("DescribeSecurityGroups").withRequestBody(containing("NextToken=sg-page-2"))
                .willReturn(xml(Ec2InventoryCollectorTest.class, "describe-security-groups-page2.xml")));
        aws.stubFor(action("DescribeNetworkAcls").willReturn(xml(Ec2InventoryCollectorTest.class, "describe-network-acls.xml")));
        aws.stubFor(action("DescribeVpcs").willReturn(xml(Ec2InventoryCollectorTest.class, "describe-vpcs.xml")));
        aws.stubFor(action("DescribeFlowLogs").willReturn(xml(Ec2InventoryCollectorTest.class, "describe-flow-logs.xml")));
        aws.stubFor(action("GetEbsEncryptionByDefault").willReturn(xml(Ec2InventoryCollectorTest.class, "get-ebs-encryption-by-default.xml")));
        aws.stubFor(action("DescribeVolumes").willReturn(ec2Error(403, "UnauthorizedOperation",
                "You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/auditor "
                        + "is not authorized to perform: ec2:DescribeVolumes")));
        aws.stubFor(action("DescribeInstances").willReturn(xml(Ec2InventoryCollectorTest.class, "describe-instances.xml")));
        aws.stubFor(action("DescribeSnapshots").withRequestBody(notContaining("RestorableBy"))
                .willReturn(xml(Ec2InventoryCollectorTest.class, "describe-snapshots-own.xml")));
        aws.stubFor(action("DescribeSnapshots").withRequestBody(containing("RestorableBy.1=all"))
                .willReturn(xml(Ec2InventoryCollectorTest.class, "describe-snapshots-public.xml")));

    }
}
