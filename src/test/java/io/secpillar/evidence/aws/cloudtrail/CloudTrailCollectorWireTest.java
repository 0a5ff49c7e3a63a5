package io.secpillar.evidence.aws.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailCloudwatchLoggingEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailKmsEncryptionEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailLogFileValidationEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailMultiRegionEnabled;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** CloudTrail over its JSON 1.1 wire format (X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.X). */
class CloudTrailCollectorWireTest {

    private static final String PREFIX = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String ORG_TRAIL = "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail";
    private static final String LOCAL_TRAIL = "arn:aws:cloudtrail:eu-west-1:111122223333:trail/eu-app";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    @Test
    void readsShadowAndLocalTrailsWithTheirStatus() {
        aws.json(PREFIX + "DescribeTrails", "{\"trailList\":[{\"Name\":\"org-trail\",\"S3BucketName\":\"org-logs\","
                + "\"IncludeGlobalServiceEvents\":true,\"IsMultiRegionTrail\":true,\"HomeRegion\":\"us-east-1\","
                + "\"TrailARN\":\"" + ORG_TRAIL + "\",\"LogFileValidationEnabled\":true,"
                + "\"CloudWatchLogsLogGroupArn\":\"arn:aws:logs:us-east-1:111122223333:log-group:org-trail:*\","
                + "\"KmsKeyId\":\"arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d\",\"HasCustomEventSelectors\":false,"
                + "\"HasInsightSelectors\":false,\"IsOrganizationTrail\":true},"
                + "{\"Name\":\"eu-app\",\"S3BucketName\":\"eu-app-logs\",\"IncludeGlobalServiceEvents\":false,"
                + "\"IsMultiRegionTrail\":false,\"HomeRegion\":\"eu-west-1\",\"TrailARN\":\"" + LOCAL_TRAIL + "\","
                + "\"LogFileValidationEnabled\":false,\"HasCustomEventSelectors\":true,\"HasInsightSelectors\":false,"
                + "\"IsOrganizationTrail\":false}]}", "\"includeShadowTrails\":true");
        aws.json(PREFIX + "GetTrailStatus", "{\"IsLogging\":true,\"LatestDeliveryTime\":1772355600.0,"
                + "\"LatestCloudWatchLogsDeliveryTime\":1772355600.0,\"StartLoggingTime\":1700000000.0,"
                + "\"TimeLoggingStarted\":\"2023-11-14T22:13:20Z\"}", "\"Name\":\"" + ORG_TRAIL + "\"");
        aws.jsonError(PREFIX + "GetTrailStatus", 400, "AccessDeniedException", "User is not authorized to perform: "
                + "cloudtrail:GetTrailStatus", "\"Name\":\"" + LOCAL_TRAIL + "\"");
        aws.json(PREFIX + "GetEventSelectors", "{\"TrailARN\":\"" + ORG_TRAIL + "\",\"EventSelectors\":[{"
                + "\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true,\"DataResources\":[],"
                + "\"ExcludeManagementEventSources\":[]}]}", "\"TrailName\":\"" + ORG_TRAIL + "\"");
        aws.json(PREFIX + "GetEventSelectors", "{\"TrailARN\":\"" + LOCAL_TRAIL + "\",\"EventSelectors\":[]}",
                "\"TrailName\":\"" + LOCAL_TRAIL + "\"");

        CloudTrailInventory inventory = new CloudTrailCollector(NOON).collect(aws.clients(), EU);

        assertThat(inventory.trails().value()).hasSize(2);
        assertThat(inventory.trails().value().get(0).status().value().lastCloudWatchLogsDelivery())
                .contains(Instant.parse("2026-03-01T09:00:00Z"));
        var multi = new CloudtrailMultiRegionEnabled().evaluate(inventory, EU);
        assertThat(multi).extracting(Finding::resourceId, Finding::status)
                .containsExactly(tuple(ORG_TRAIL, Status.PASS));
        var validation = new CloudtrailLogFileValidationEnabled().evaluate(inventory, EU);
        assertThat(validation).extracting(Finding::resourceId, Finding::status)
                .containsExactly(tuple(LOCAL_TRAIL, Status.FAIL));
        assertThat(validation.get(0).proof()).startsWith("DescribeTrails: Trail(").contains("LogFileValidationEnabled=false");
        assertThat(multi.get(0).proof()).startsWith("Trail(Name=org-trail").contains("GetTrailStatusResponse(IsLogging=true");
        var cloudWatch = new CloudtrailCloudwatchLoggingEnabled().evaluate(inventory, EU);
        assertThat(cloudWatch).extracting(Finding::status).containsExactly(Status.FAIL);
    }

    @Test
    void aTrailWhoseAdvancedSelectorsRecordOnlyWriteEventsFailsCoverage() {
        aws.json(PREFIX + "DescribeTrails", "{\"trailList\":[{\"Name\":\"org-trail\",\"IsMultiRegionTrail\":true,"
                + "\"HomeRegion\":\"us-east-1\",\"TrailARN\":\"" + ORG_TRAIL + "\",\"HasCustomEventSelectors\":true}]}");
        aws.json(PREFIX + "GetTrailStatus", "{\"IsLogging\":true}");
        aws.json(PREFIX + "GetEventSelectors", "{\"TrailARN\":\"" + ORG_TRAIL + "\",\"AdvancedEventSelectors\":[{"
                + "\"Name\":\"Management write events only\",\"FieldSelectors\":[{\"Field\":\"eventCategory\","
                + "\"Equals\":[\"Management\"]},{\"Field\":\"readOnly\",\"Equals\":[\"false\"]}]}]}");

        CloudTrailInventory inventory = new CloudTrailCollector(NOON).collect(aws.clients(), EU);

        assertThat(new CloudtrailMultiRegionEnabled().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("org-trail records only write management events");
        });
    }

    @Test
    void aRegionWithoutTrailsFailsCoverage() {
        aws.json(PREFIX + "DescribeTrails", "{\"trailList\":[]}");

        CloudTrailInventory inventory = new CloudTrailCollector(NOON).collect(aws.clients(), EU);

        assertThat(new CloudtrailMultiRegionEnabled().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        assertThat(new CloudtrailKmsEncryptionEnabled().evaluate(inventory, EU)).isEmpty();
    }
}
