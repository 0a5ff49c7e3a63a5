package io.secpillar.evidence.aws.ec2;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.TestAwsClients;
import io.secpillar.evidence.checks.ec2.Ec2SecuritygroupAllowIngressFromInternetTo;
import io.secpillar.evidence.checks.ec2.InternetExposure;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.secpillar.evidence.aws.wire.AwsWire.action;
import static io.secpillar.evidence.aws.wire.AwsWire.ec2Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Security groups whose sources add up to the internet, over EC2's query protocol: split CIDRs, and customer-managed
 * prefix lists whose entries come from GetManagedPrefixListEntries (paginated), one of them refused.
 */
class Ec2PrefixListWireTest {

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Target TARGET = new Target("audit", "111122223333", "eu-west-1");
    private static final String NS = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";

    private static String group(String id, String permissions) {
        return "<item><ownerId>111122223333</ownerId><groupId>" + id + "</groupId><groupName>" + id + "</groupName>"
                + "<groupDescription>d</groupDescription><vpcId>vpc-1</vpcId><ipPermissions>" + permissions
                + "</ipPermissions><ipPermissionsEgress/></item>";
    }

    private static String sshFrom(String ipRanges, String prefixLists) {
        return "<item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><groups/><ipRanges>"
                + ipRanges + "</ipRanges><ipv6Ranges/><prefixListIds>" + prefixLists + "</prefixListIds></item>";
    }

    private static String cidr(String value) {
        return "<item><cidrIp>" + value + "</cidrIp></item>";
    }

    private static String list(String id) {
        return "<item><prefixListId>" + id + "</prefixListId></item>";
    }

    private static void answer(String action, String body, String... bodyFragments) {
        var mapping = action(action);
        for (String fragment : bodyFragments) {
            mapping = mapping.withRequestBody(containing(fragment));
        }
        aws.stubFor(mapping.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<" + action + "Response " + NS + "><requestId>r</requestId>" + body + "</" + action
                        + "Response>")));
    }

    private static String entries(String... cidrs) {
        StringBuilder out = new StringBuilder("<entrySet>");
        for (String c : cidrs) {
            out.append("<item><cidr>").append(c).append("</cidr><description>d</description></item>");
        }
        return out.append("</entrySet>").toString();
    }

    @Test
    void snapshotsOfOtherAccountsAreLeftOutEvenWhenTheEndpointIgnoresOwnerIds() {
        answer("DescribeSnapshots", "<snapshotSet><item><snapshotId>snap-0own</snapshotId><volumeId>vol-1</volumeId>"
                + "<status>completed</status><ownerId>111122223333</ownerId><encrypted>true</encrypted></item>"
                + "<item><snapshotId>snap-0foreign</snapshotId><volumeId>vol-9</volumeId><status>completed</status>"
                + "<ownerId>999988887777</ownerId><encrypted>false</encrypted></item></snapshotSet>");

        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.snapshots().value()).extracting(Ec2Inventory.Snapshot::id).containsExactly("snap-0own");
        assertThat(inventory.publicSnapshotIds().value()).containsExactly("snap-0own");
    }

    @Test
    void splitRangesAndPrefixListsHoldingTheInternetOpenSsh() {
        answer("DescribeSecurityGroups", "<securityGroupInfo>"
                + group("sg-halves", sshFrom(cidr("0.0.0.0/1") + cidr("128.0.0.0/1"), ""))
                + group("sg-anywhere-list", sshFrom("", list("pl-0anywhere")))
                + group("sg-office-list", sshFrom("", list("pl-0office")))
                + group("sg-hidden-list", sshFrom("", list("pl-0hidden"))) + "</securityGroupInfo>");
        answer("GetManagedPrefixListEntries", entries("0.0.0.0/2", "64.0.0.0/2") + "<nextToken>pl-page-2</nextToken>",
                "PrefixListId=pl-0anywhere");
        answer("GetManagedPrefixListEntries", entries("128.0.0.0/1"), "PrefixListId=pl-0anywhere",
                "NextToken=pl-page-2");
        answer("GetManagedPrefixListEntries", entries("198.51.100.0/24"), "PrefixListId=pl-0office");
        aws.stubFor(action("GetManagedPrefixListEntries").withRequestBody(containing("PrefixListId=pl-0hidden"))
                .willReturn(ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform: "
                        + "ec2:GetManagedPrefixListEntries")));

        Ec2Inventory inventory = new Ec2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.prefixListEntries().get("pl-0anywhere").value())
                .containsExactly("0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/1");
        var findings = new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.SSH).evaluate(inventory, TARGET);
        assertThat(findings).extracting(f -> f.resourceId().substring(f.resourceId().lastIndexOf('/') + 1),
                Finding::status).containsExactly(tuple("sg-halves", Status.FAIL),
                tuple("sg-anywhere-list", Status.FAIL), tuple("sg-office-list", Status.PASS),
                tuple("sg-hidden-list", Status.COULD_NOT_ASSESS));
        assertThat(findings.get(3).reason()).contains("pl-0hidden").contains("ec2:GetManagedPrefixListEntries");
        aws.verify(4, postRequestedFor(urlPathEqualTo("/")).withRequestBody(
                containing("Action=GetManagedPrefixListEntries")));
    }
}
