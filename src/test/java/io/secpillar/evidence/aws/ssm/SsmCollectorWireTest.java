package io.secpillar.evidence.aws.ssm;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.ssm.Ec2InstanceManagedBySsm;
import io.secpillar.evidence.checks.ssm.SessionSetting;
import io.secpillar.evidence.checks.ssm.SsmDocumentsSetAsPublic;
import io.secpillar.evidence.checks.ssm.SsmManagedCompliantPatching;
import io.secpillar.evidence.checks.ssm.SsmSessionManager;
import io.secpillar.evidence.inventory.ssm.SsmInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Systems Manager over AWS JSON 1.1 (X-Amz-Target: AmazonSSM.X) and EC2's query protocol with XML answers. */
class SsmCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void twoRunningInstances() {
        aws.server().stubFor(aws.queryRequest("DescribeInstances").willReturn(FakeAws.xml(200,
                "<DescribeInstancesResponse xmlns=\"" + EC2_NS + "\"><requestId>8f7724cf-496f-496e-8fe3-EXAMPLE"
                        + "</requestId><reservationSet>" + reservation("i-0aaaaaaaaaaaaaaa1")
                        + reservation("i-0ccccccccccccccc3") + "</reservationSet></DescribeInstancesResponse>")));
    }

    private static String reservation(String id) {
        return "<item><reservationId>r-" + id.substring(2) + "</reservationId><ownerId>111122223333</ownerId>"
                + "<instancesSet><item><instanceId>" + id + "</instanceId><imageId>ami-0abcdef1234567890</imageId>"
                + "<instanceState><code>16</code><name>running</name></instanceState><instanceType>t3.micro"
                + "</instanceType></item></instancesSet></item>";
    }

    private void managedNodesOverTwoPages() {
        aws.json("AmazonSSM.DescribeInstanceInformation", "{\"InstanceInformationList\":[{\"InstanceId\":"
                + "\"i-0aaaaaaaaaaaaaaa1\",\"PingStatus\":\"Online\",\"LastPingDateTime\":1772300000,\"AgentVersion\":"
                + "\"3.3.1142.0\",\"PlatformType\":\"Linux\",\"ResourceType\":\"EC2Instance\"}],\"NextToken\":\"n-2\"}");
        aws.json("AmazonSSM.DescribeInstanceInformation", "{\"InstanceInformationList\":[{\"InstanceId\":"
                + "\"mi-0123456789abcdef0\",\"PingStatus\":\"Online\",\"ResourceType\":\"ManagedInstance\"}]}",
                "\"NextToken\":\"n-2\"");
    }

    @Test
    void collectsEveryReadAndTheChecksJudgeThem() {
        twoRunningInstances();
        managedNodesOverTwoPages();
        aws.json("AmazonSSM.ListResourceComplianceSummaries", "{\"ResourceComplianceSummaryItems\":[{"
                + "\"ComplianceType\":\"Patch\",\"ResourceType\":\"ManagedInstance\",\"ResourceId\":"
                + "\"i-0aaaaaaaaaaaaaaa1\",\"Status\":\"COMPLIANT\",\"OverallSeverity\":\"UNSPECIFIED\","
                + "\"CompliantSummary\":{\"CompliantCount\":42},\"NonCompliantSummary\":{\"NonCompliantCount\":0}},"
                + "{\"ComplianceType\":\"Patch\",\"ResourceType\":\"ManagedInstance\",\"ResourceId\":"
                + "\"mi-0123456789abcdef0\",\"Status\":\"NON_COMPLIANT\",\"OverallSeverity\":\"CRITICAL\"}]}",
                "\"Values\":[\"Patch\"]");
        aws.json("AmazonSSM.ListDocuments", "{\"DocumentIdentifiers\":[{\"Name\":\"Bootstrap\",\"Owner\":"
                + "\"111122223333\",\"DocumentType\":\"Command\",\"DocumentFormat\":\"JSON\"}]}", "\"Self\"");
        aws.json("AmazonSSM.DescribeDocumentPermission", "{\"AccountIds\":[\"all\"],\"AccountSharingInfoList\":"
                + "[{\"AccountId\":\"all\",\"SharedDocumentVersion\":\"$DEFAULT\"}]}", "\"Bootstrap\"");
        aws.json("AmazonSSM.GetDocument", "{\"Name\":\"SSM-SessionManagerRunShell\",\"DocumentType\":\"Session\","
                + "\"DocumentFormat\":\"JSON\",\"Content\":\"{\\\"schemaVersion\\\":\\\"1.0\\\",\\\"sessionType\\\":"
                + "\\\"Standard_Stream\\\",\\\"inputs\\\":{\\\"s3BucketName\\\":\\\"\\\",\\\"cloudWatchLogGroupName"
                + "\\\":\\\"/ssm/sessions\\\",\\\"cloudWatchEncryptionEnabled\\\":true,\\\"kmsKeyId\\\":\\\"\\\"}}\"}");

        SsmInventory inventory = new SsmCollector().collect(aws.clients(), EU);

        assertThat(new Ec2InstanceManagedBySsm().evaluate(inventory, EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL);
        assertThat(new SsmManagedCompliantPatching().evaluate(inventory, EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL);
        assertThat(new SsmDocumentsSetAsPublic().evaluate(inventory, EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(new SsmSessionManager(SessionSetting.LOGGING).evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.PASS);
        assertThat(new SsmSessionManager(SessionSetting.ENCRYPTION).evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(aws.requests()).noneSatisfy(r -> assertThat(String.valueOf(r.getHeader("X-Amz-Target")))
                .contains("GetParameter"));
    }

    @Test
    void preferencesNeverSavedFailAndARefusalIsCouldNotAssess() {
        twoRunningInstances();
        aws.jsonError("AmazonSSM.DescribeInstanceInformation", 400, "AccessDeniedException", "User is not "
                + "authorized to perform: ssm:DescribeInstanceInformation");
        aws.json("AmazonSSM.ListResourceComplianceSummaries", "{\"ResourceComplianceSummaryItems\":[]}");
        aws.json("AmazonSSM.ListDocuments", "{\"DocumentIdentifiers\":[]}");
        aws.jsonError("AmazonSSM.GetDocument", 400, "InvalidDocument", "Document with name "
                + "SSM-SessionManagerRunShell does not exist.");

        SsmInventory inventory = new SsmCollector().collect(aws.clients(), EU);

        assertThat(new Ec2InstanceManagedBySsm().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("lacks the permission ssm:DescribeInstanceInformation");
        });
        assertThat(new SsmSessionManager(SessionSetting.ENCRYPTION).evaluate(inventory, EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.FAIL);
                    assertThat(f.reason()).contains("never saved");
                });
    }
}
