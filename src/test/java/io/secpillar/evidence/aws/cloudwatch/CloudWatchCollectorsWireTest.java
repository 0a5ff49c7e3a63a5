package io.secpillar.evidence.aws.cloudwatch;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogGroupKmsEncryptionEnabled;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogGroupRetentionPolicySet;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogMetricFilter;
import io.secpillar.evidence.checks.cloudwatch.MonitoredEvent;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory;
import io.secpillar.evidence.inventory.cloudwatch.MetricAlarmInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudTrail and CloudWatch Logs over AWS JSON 1.1 (X-Amz-Target CloudTrail_20131101.X, Logs_20140328.X) and
 * CloudWatch over the query protocol with XML answers (namespace monitoring.amazonaws.com/doc/2010-08-01/).
 */
class CloudWatchCollectorsWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final String CW_NS = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    static final String TRAILS = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails";
    static final String GROUP_ARN = "arn:aws:logs:eu-west-1:111122223333:log-group:org-trail:*";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void trailDeliversToTheGroup() {
        aws.json(TRAILS, "{\"trailList\":[{\"Name\":\"org-trail\",\"S3BucketName\":\"org-trail-logs\","
                + "\"IsMultiRegionTrail\":true,\"HomeRegion\":\"eu-west-1\",\"TrailARN\":\"arn:aws:cloudtrail:"
                + "eu-west-1:111122223333:trail/org-trail\",\"LogFileValidationEnabled\":true,"
                + "\"CloudWatchLogsLogGroupArn\":\"" + GROUP_ARN + "\",\"CloudWatchLogsRoleArn\":\"arn:aws:iam::"
                + "111122223333:role/CloudTrail_CloudWatchLogs_Role\",\"IsOrganizationTrail\":false}]}");
    }

    /** Two pages of filters: the root-usage filter sits on the second one. */
    private void twoPagesOfFilters() {
        aws.json("Logs_20140328.DescribeMetricFilters", "{\"metricFilters\":[{\"filterName\":\"app-errors\","
                + "\"filterPattern\":\"ERROR\",\"metricTransformations\":[{\"metricName\":\"AppErrors\","
                + "\"metricNamespace\":\"App\",\"metricValue\":\"1\"}],\"creationTime\":1700000000000,"
                + "\"logGroupName\":\"/aws/lambda/app\"}],\"nextToken\":\"page-2\"}");
        aws.json("Logs_20140328.DescribeMetricFilters", "{\"metricFilters\":[{\"filterName\":\"root-usage\","
                + "\"filterPattern\":\"{ $.userIdentity.type = \\\"Root\\\" && $.userIdentity.invokedBy NOT EXISTS && "
                + "$.eventType != \\\"AwsServiceEvent\\\" }\",\"metricTransformations\":[{\"metricName\":"
                + "\"RootUsageCount\",\"metricNamespace\":\"CISBenchmark\",\"metricValue\":\"1\"}],"
                + "\"creationTime\":1700000000000,\"logGroupName\":\"org-trail\"}]}", "\"nextToken\":\"page-2\"");
    }

    private void alarms(String firstPageAlarm, String secondPageAlarm) {
        aws.server().stubFor(aws.queryRequest("DescribeAlarms").willReturn(FakeAws.xml(200, describeAlarms(
                firstPageAlarm, "<NextToken>alarms-2</NextToken>"))));
        aws.server().stubFor(aws.queryRequest("DescribeAlarms", "NextToken=alarms-2").willReturn(FakeAws.xml(200,
                describeAlarms(secondPageAlarm, ""))));
    }

    private static String describeAlarms(String alarm, String next) {
        return "<DescribeAlarmsResponse xmlns=\"" + CW_NS + "\"><DescribeAlarmsResult><MetricAlarms>" + alarm
                + "</MetricAlarms><CompositeAlarms/>" + next + "</DescribeAlarmsResult><ResponseMetadata><RequestId>"
                + "f1e2d3c4-0000-4a5b-8c9d-EXAMPLE</RequestId></ResponseMetadata></DescribeAlarmsResponse>";
    }

    private static String alarm(String name, String namespace, String metric, String action) {
        return "<member><AlarmName>" + name + "</AlarmName><AlarmArn>arn:aws:cloudwatch:eu-west-1:111122223333:alarm:"
                + name + "</AlarmArn><ActionsEnabled>true</ActionsEnabled><AlarmActions><member>" + action
                + "</member></AlarmActions><OKActions/><InsufficientDataActions/><StateValue>OK</StateValue>"
                + "<MetricName>" + metric + "</MetricName><Namespace>" + namespace + "</Namespace><Statistic>Sum"
                + "</Statistic><Period>300</Period><EvaluationPeriods>1</EvaluationPeriods><Threshold>1.0</Threshold>"
                + "<ComparisonOperator>GreaterThanOrEqualToThreshold</ComparisonOperator></member>";
    }

    @Test
    void aFilterOnTheTrailGroupWithANotifyingAlarmPassesAcrossPages() {
        trailDeliversToTheGroup();
        twoPagesOfFilters();
        alarms(alarm("app-errors", "App", "AppErrors", "arn:aws:sns:eu-west-1:111122223333:dev"),
                alarm("root-usage", "CISBenchmark", "RootUsageCount", "arn:aws:sns:eu-west-1:111122223333:security"));

        MetricAlarmInventory inventory = new MetricAlarmCollector().collect(aws.clients(), EU);

        assertThat(inventory.metricFilters().value()).hasSize(2);
        assertThat(inventory.alarms().value()).hasSize(2);
        assertThat(new CloudwatchLogMetricFilter(MonitoredEvent.ROOT_USAGE).evaluate(inventory, EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.observed()).containsEntry("snsTopics", "arn:aws:sns:eu-west-1:111122223333:security");
                });
        assertThat(new CloudwatchLogMetricFilter(MonitoredEvent.VPC_CHANGES).evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void aRefusedAlarmListingIsCouldNotAssessNamingTheAction() {
        trailDeliversToTheGroup();
        twoPagesOfFilters();
        aws.server().stubFor(aws.queryRequest("DescribeAlarms").willReturn(FakeAws.xml(403, "<ErrorResponse xmlns=\""
                + CW_NS + "\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::"
                + "111122223333:assumed-role/Audit/s is not authorized to perform: cloudwatch:DescribeAlarms"
                + "</Message></Error><RequestId>0a1b2c3d-EXAMPLE</RequestId></ErrorResponse>")));

        MetricAlarmInventory inventory = new MetricAlarmCollector().collect(aws.clients(), EU);

        assertThat(new CloudwatchLogMetricFilter(MonitoredEvent.ROOT_USAGE).evaluate(inventory, EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("lacks the permission cloudwatch:DescribeAlarms");
                });
    }

    @Test
    void logGroupsAreReadOnEveryPageWithKeyAndRetention() {
        aws.json("Logs_20140328.DescribeLogGroups", "{\"logGroups\":[{\"logGroupName\":\"org-trail\","
                + "\"creationTime\":1700000000000,\"retentionInDays\":400,\"metricFilterCount\":1,\"arn\":\"" + GROUP_ARN
                + "\",\"storedBytes\":1024,\"kmsKeyId\":\"arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd"
                + "-56ef-1234567890ab\",\"logGroupClass\":\"STANDARD\"}],\"nextToken\":\"groups-2\"}");
        aws.json("Logs_20140328.DescribeLogGroups", "{\"logGroups\":[{\"logGroupName\":\"/aws/lambda/app\","
                + "\"creationTime\":1700000000000,\"metricFilterCount\":0,\"arn\":\"arn:aws:logs:eu-west-1:111122223333:"
                + "log-group:/aws/lambda/app:*\",\"storedBytes\":0,\"logGroupClass\":\"STANDARD\"}]}",
                "\"nextToken\":\"groups-2\"");

        LogGroupInventory inventory = new LogGroupCollector().collect(aws.clients(), EU);

        assertThat(new CloudwatchLogGroupKmsEncryptionEnabled().evaluate(inventory, EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(new CloudwatchLogGroupRetentionPolicySet().evaluate(inventory, EU))
                .extracting(f -> f.resourceId()).containsExactly(GROUP_ARN,
                        "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/app:*");
    }

    @Test
    void aRefusedLogGroupListingIsCouldNotAssess() {
        aws.jsonError("Logs_20140328.DescribeLogGroups", 400, "AccessDeniedException", "User is not authorized "
                + "to perform: logs:DescribeLogGroups");

        LogGroupInventory inventory = new LogGroupCollector().collect(aws.clients(), EU);

        assertThat(new CloudwatchLogGroupRetentionPolicySet().evaluate(inventory, EU).get(0).reason())
                .contains("lacks the permission logs:DescribeLogGroups");
    }
}
