package io.secpillar.evidence.aws.config;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.config.ConfigRecorderAllRegionsEnabled;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS Config over its JSON 1.1 wire format (X-Amz-Target: StarlingDoveService.X). */
class ConfigCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final String RECORDER_ARN = "arn:aws:config:eu-west-1:111122223333:configuration-recorder/default/0a1b";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void stubRecorder() {
        stubRecorder("{\"allSupported\":true,\"includeGlobalResourceTypes\":true,\"resourceTypes\":[]}");
    }

    private void stubRecorder(String recordingGroup) {
        aws.json("StarlingDoveService.DescribeConfigurationRecorders", "{\"ConfigurationRecorders\":[{"
                + "\"arn\":\"" + RECORDER_ARN + "\",\"name\":\"default\","
                + "\"roleARN\":\"arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/"
                + "AWSServiceRoleForConfig\",\"recordingGroup\":" + recordingGroup + ","
                + "\"recordingMode\":{\"recordingFrequency\":\"CONTINUOUS\"},\"recordingScope\":\"PAID\"}]}");
    }

    @Test
    void aRecordingRecorderPasses() {
        stubRecorder();
        aws.json("StarlingDoveService.DescribeConfigurationRecorderStatus", "{\"ConfigurationRecordersStatus\":[{"
                + "\"arn\":\"" + RECORDER_ARN + "\",\"name\":\"default\",\"lastStartTime\":1.7290152E9,"
                + "\"recording\":true,\"lastStatus\":\"Success\",\"lastStatusChangeTime\":1.772355600E9}]}");

        ConfigInventory inventory = new ConfigCollector().collect(aws.clients(), EU);

        assertThat(new ConfigRecorderAllRegionsEnabled().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).isEqualTo(RECORDER_ARN);
            assertThat(f.proof()).startsWith("ConfigurationRecorder(").contains("Recording=true", "LastStatus=Success");
        });
    }

    @Test
    void aFailingDeliveryAsTheApiSpellsItFails() {
        stubRecorder();
        aws.json("StarlingDoveService.DescribeConfigurationRecorderStatus", "{\"ConfigurationRecordersStatus\":[{"
                + "\"arn\":\"" + RECORDER_ARN + "\",\"name\":\"default\",\"recording\":true,"
                + "\"lastStatus\":\"Failure\",\"lastErrorCode\":\"NoSuchBucket\","
                + "\"lastErrorMessage\":\"The specified bucket does not exist\"}]}");

        ConfigInventory inventory = new ConfigCollector().collect(aws.clients(), EU);

        assertThat(new ConfigRecorderAllRegionsEnabled().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("last delivery failed (NoSuchBucket)");
        });
    }

    @Test
    void aRecorderOfListedTypesFails() {
        stubRecorder("{\"allSupported\":false,\"includeGlobalResourceTypes\":false,\"resourceTypes\":"
                + "[\"AWS::EC2::Instance\",\"AWS::S3::Bucket\"],\"recordingStrategy\":{\"useOnly\":"
                + "\"INCLUSION_BY_RESOURCE_TYPES\"}}");
        aws.json("StarlingDoveService.DescribeConfigurationRecorderStatus", "{\"ConfigurationRecordersStatus\":[{"
                + "\"name\":\"default\",\"recording\":true,\"lastStatus\":\"Success\"}]}");

        ConfigInventory inventory = new ConfigCollector().collect(aws.clients(), EU);

        assertThat(new ConfigRecorderAllRegionsEnabled().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("records only 2 listed resource type(s)");
        });
    }

    @Test
    void aRegionWithoutRecorderFails() {
        aws.json("StarlingDoveService.DescribeConfigurationRecorders", "{\"ConfigurationRecorders\":[]}");
        aws.json("StarlingDoveService.DescribeConfigurationRecorderStatus", "{\"ConfigurationRecordersStatus\":[]}");

        ConfigInventory inventory = new ConfigCollector().collect(aws.clients(), EU);

        assertThat(new ConfigRecorderAllRegionsEnabled().evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void aRefusedStatusReadIsKeptAsData() {
        stubRecorder();
        aws.jsonError("StarlingDoveService.DescribeConfigurationRecorderStatus", 400, "AccessDeniedException",
                "User: arn:aws:sts::111122223333:assumed-role/Audit/s is not authorized to perform: "
                        + "config:DescribeConfigurationRecorderStatus");

        ConfigInventory inventory = new ConfigCollector().collect(aws.clients(), EU);

        assertThat(inventory.statuses().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(new ConfigRecorderAllRegionsEnabled().evaluate(inventory, EU).get(0).reason())
                .contains("lacks the permission config:DescribeConfigurationRecorderStatus");
    }
}
