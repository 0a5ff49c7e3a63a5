package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.AdvancedSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.BasicSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.EventSelectors;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.FieldSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.Trail;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailStatus;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The four CloudTrail checks on in-memory inventories of eu-west-1. */
class CloudTrailChecksTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** A trail in the making: its settings are given one by one, as the tests need them. */
    private record TrailSpec(String name, String home, boolean multiRegion, boolean validation, String kmsKeyId,
                             String logGroup) {
        TrailSpec validation(boolean on) {
            return new TrailSpec(name, home, multiRegion, on, kmsKeyId, logGroup);
        }

        TrailSpec kmsKeyId(String key) {
            return new TrailSpec(name, home, multiRegion, validation, key, logGroup);
        }

        TrailSpec cloudWatchLogsLogGroupArn(String group) {
            return new TrailSpec(name, home, multiRegion, validation, kmsKeyId, group);
        }

        Trail build() {
            return new Trail(name, "arn:aws:cloudtrail:" + home + ":111122223333:trail/" + name, home, multiRegion,
                    validation, kmsKeyId, logGroup, "trail " + name);
        }
    }

    private static TrailSpec trail(String name, String home, boolean multiRegion) {
        return new TrailSpec(name, home, multiRegion, false, null, null);
    }

    private static final EventSelectors ALL_MANAGEMENT = new EventSelectors(List.of(new BasicSelector("All", true,
            List.of())), List.of(), "selectors all");

    private static TrailState state(Trail trail, boolean logging, Instant cloudWatchDelivery) {
        return state(trail, logging, cloudWatchDelivery, Fetched.ok(ALL_MANAGEMENT, "cloudtrail:GetEventSelectors"));
    }

    private static TrailState state(Trail trail, boolean logging, Instant cloudWatchDelivery,
                                    Fetched<EventSelectors> selectors) {
        return new TrailState(trail, Fetched.ok(new TrailStatus(logging, Optional.ofNullable(cloudWatchDelivery),
                "status logging=" + logging), "cloudtrail:GetTrailStatus"), selectors);
    }

    private static TrailState recording(Trail trail, EventSelectors selectors) {
        return state(trail, true, null, Fetched.ok(selectors, "cloudtrail:GetEventSelectors"));
    }

    private static FieldSelector equal(String field, String... values) {
        return new FieldSelector(field, List.of(values), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static EventSelectors advanced(AdvancedSelector... selectors) {
        return new EventSelectors(List.of(), List.of(selectors), "advanced");
    }

    private static TrailState unreadable(Trail trail) {
        return new TrailState(trail, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "cloudtrail:GetTrailStatus",
                "AccessDeniedException"));
    }

    private static CloudTrailInventory inventory(TrailState... trails) {
        return new CloudTrailInventory("eu-west-1", NOW, Fetched.ok(List.of(trails), "cloudtrail:DescribeTrails"));
    }

    private static final CloudTrailInventory REFUSED = new CloudTrailInventory("eu-west-1", NOW,
            Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "cloudtrail:DescribeTrails", "AccessDenied"));

    @Test
    void multiRegion() {
        var check = new CloudtrailMultiRegionEnabled();
        Trail org = trail("org", "us-east-1", true).build();
        var pass = check.evaluate(inventory(state(trail("local", "eu-west-1", false).build(), true, null),
                state(org, true, null)), EU).get(0);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(pass.resourceId()).isEqualTo(org.arn());
        assertThat(pass.reason()).contains("org (home us-east-1)");
        assertThat(pass.proof()).isEqualTo("trail org status logging=true selectors all");

        var stopped = check.evaluate(inventory(state(org, false, null)), EU).get(0);
        assertThat(stopped.status()).isEqualTo(Status.FAIL);
        assertThat(stopped.reason()).contains("not logging");
        assertThat(stopped.proof()).isEqualTo("DescribeTrails: [trail org]");
        assertThat(check.evaluate(inventory(state(trail("local", "eu-west-1", false).build(), true, null)), EU)
                .get(0).reason()).contains("No multi-region trail covers eu-west-1");

        assertThat(check.evaluate(inventory(unreadable(org)), EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(check.evaluate(REFUSED, EU).get(0).reason()).contains("cloudtrail:DescribeTrails");
    }

    @Test
    void multiRegionTrailsAreJudgedByTheManagementEventsTheyRecord() {
        var check = new CloudtrailMultiRegionEnabled();
        Trail org = trail("org", "us-east-1", true).build();
        var writeOnly = new EventSelectors(List.of(new BasicSelector("WriteOnly", true, List.of())), List.of(), "w");
        var dataOnly = new EventSelectors(List.of(new BasicSelector("All", false, List.of())), List.of(), "d");
        var split = new EventSelectors(List.of(new BasicSelector("ReadOnly", true, List.of()),
                new BasicSelector("WriteOnly", true, List.of("kms.amazonaws.com"))), List.of(), "rw");
        var advancedAll = advanced(new AdvancedSelector("mgmt", List.of(equal("eventCategory", "Management"))));
        var advancedRead = advanced(new AdvancedSelector("reads", List.of(equal("eventCategory", "Management"),
                equal("readOnly", "true"))));
        var advancedData = advanced(new AdvancedSelector("s3", List.of(equal("eventCategory", "Data"),
                equal("resources.type", "AWS::S3::Object"))));

        assertThat(check.evaluate(inventory(recording(org, writeOnly)), EU).get(0)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("org records only write management events");
        });
        assertThat(check.evaluate(inventory(recording(org, dataOnly)), EU).get(0).reason())
                .contains("org records no management events");
        assertThat(check.evaluate(inventory(recording(org, split)), EU).get(0)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.reason()).contains("leaves out management events of [kms.amazonaws.com]");
        });
        assertThat(check.evaluate(inventory(recording(org, advancedAll)), EU).get(0).status()).isEqualTo(Status.PASS);
        assertThat(check.evaluate(inventory(recording(org, advancedRead)), EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(inventory(recording(org, advancedData)), EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(inventory(state(org, true, null, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "cloudtrail:GetEventSelectors", "AccessDenied"))), EU).get(0)).satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("cloudtrail:GetEventSelectors");
                });
    }

    @Test
    void logFileValidationIsJudgedOnlyWhereTheTrailIsHomed() {
        var findings = new CloudtrailLogFileValidationEnabled().evaluate(inventory(
                state(trail("good", "eu-west-1", false).validation(true).build(), true, null),
                state(trail("bad", "eu-west-1", true).validation(false).build(), true, null),
                state(trail("elsewhere", "us-east-1", true).validation(false).build(), true, null)), EU);

        assertThat(findings).extracting(f -> f.resourceId().replaceAll(".*/", ""), Finding::status)
                .containsExactly(tuple("good", Status.PASS), tuple("bad", Status.FAIL));
        assertThat(findings.get(1).proof()).isEqualTo("DescribeTrails: trail bad");
        assertThat(findings.get(1).observed()).containsEntry("LogFileValidationEnabled", "false");
        assertThat(new CloudtrailLogFileValidationEnabled().evaluate(REFUSED, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
    }

    @Test
    void kmsEncryption() {
        var findings = new CloudtrailKmsEncryptionEnabled().evaluate(inventory(
                state(trail("sealed", "eu-west-1", true).kmsKeyId("arn:aws:kms:eu-west-1:111122223333:key/1234")
                        .build(), true, null),
                state(trail("plain", "eu-west-1", false).build(), true, null)), EU);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(0).observed()).containsEntry("KmsKeyId", "arn:aws:kms:eu-west-1:111122223333:key/1234");
        assertThat(new CloudtrailKmsEncryptionEnabled().evaluate(REFUSED, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
    }

    @Test
    void cloudWatchDeliveryMustBeRecent() {
        String group = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*";
        var findings = new CloudtrailCloudwatchLoggingEnabled().evaluate(inventory(
                state(trail("fresh", "eu-west-1", true).cloudWatchLogsLogGroupArn(group).build(), true,
                        NOW.minusSeconds(600)),
                state(trail("stale", "eu-west-1", false).cloudWatchLogsLogGroupArn(group).build(), true,
                        NOW.minusSeconds(3 * 24 * 3600)),
                state(trail("none", "eu-west-1", false).build(), true, null),
                unreadable(trail("hidden", "eu-west-1", false).cloudWatchLogsLogGroupArn(group).build())), EU);

        assertThat(findings).extracting(f -> f.resourceId().replaceAll(".*/", ""), Finding::status).containsExactly(
                tuple("fresh", Status.PASS), tuple("stale", Status.FAIL), tuple("none", Status.FAIL),
                tuple("hidden", Status.COULD_NOT_ASSESS));
        assertThat(findings.get(1).reason()).contains("nothing in the last 24 hours");
        assertThat(findings.get(3).reason()).contains("cloudtrail:GetTrailStatus");
    }
}
