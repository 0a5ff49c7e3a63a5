package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigInventory.Recorder;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecordingGroup;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigRecorderAllRegionsEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final String ARN = "arn:aws:config:eu-west-1:111122223333:configuration-recorder/default/0a1b";
    private static final RecordingGroup EVERYTHING = new RecordingGroup(true, true, "ALL_SUPPORTED_RESOURCE_TYPES",
            List.of(), List.of());
    private static final Recorder DEFAULT = recorder(Optional.of(EVERYTHING));
    private final ConfigRecorderAllRegionsEnabled check = new ConfigRecorderAllRegionsEnabled();

    private static Recorder recorder(Optional<RecordingGroup> group) {
        return new Recorder("default", ARN, group, "PAID", "recorder default");
    }

    private static ConfigInventory inventory(List<Recorder> recorders, List<RecorderStatus> statuses) {
        return new ConfigInventory(Fetched.ok(recorders, "config:DescribeConfigurationRecorders"),
                Fetched.ok(statuses, "config:DescribeConfigurationRecorderStatus"));
    }

    private static RecorderStatus status(boolean recording, String lastStatus) {
        return new RecorderStatus("default", recording, lastStatus, "Failure".equals(lastStatus) ? "NoSuchBucket" : null,
                "status recording=" + recording);
    }

    @Test
    void passesWhenTheRecorderRecordsSuccessfully() {
        assertThat(check.evaluate(inventory(List.of(DEFAULT), List.of(status(true, "SUCCESS"))), EU))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.resourceId()).isEqualTo(DEFAULT.arn());
                    assertThat(f.proof()).isEqualTo("recorder default status recording=true");
                });
    }

    @Test
    void failsWithoutRecorderWhenStoppedOrWhenDeliveryFails() {
        assertThat(check.evaluate(inventory(List.of(), List.of()), EU).get(0).reason())
                .contains("No AWS Config recorder exists in eu-west-1");
        assertThat(check.evaluate(inventory(List.of(DEFAULT), List.of(status(false, "SUCCESS"))), EU).get(0)
                .reason()).contains("not recording");
        var failing = check.evaluate(inventory(List.of(DEFAULT), List.of(status(true, "Failure"))), EU).get(0);
        assertThat(failing.status()).isEqualTo(Status.FAIL);
        assertThat(failing.reason()).contains("NoSuchBucket");
    }

    @Test
    void failsWhenTheRecordingGroupLeavesTypesOut() {
        var listed = recorder(Optional.of(new RecordingGroup(false, false, "INCLUSION_BY_RESOURCE_TYPES",
                List.of("AWS::EC2::Instance"), List.of())));
        var excluding = recorder(Optional.of(new RecordingGroup(false, false, "EXCLUSION_BY_RESOURCE_TYPES",
                List.of(), List.of("AWS::EC2::NetworkInterface"))));
        var noGlobal = recorder(Optional.of(new RecordingGroup(true, false, "ALL_SUPPORTED_RESOURCE_TYPES",
                List.of(), List.of())));

        for (var r : List.of(listed, excluding, noGlobal)) {
            assertThat(check.evaluate(inventory(List.of(r), List.of(status(true, "Success"))), EU)).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        }
        assertThat(check.evaluate(inventory(List.of(listed), List.of(status(true, "Success"))), EU).get(0).reason())
                .contains("only 1 listed resource type");
        assertThat(check.evaluate(inventory(List.of(noGlobal), List.of(status(true, "Success"))), EU).get(0).reason())
                .contains("global resource types");
    }

    @Test
    void aServiceLinkedRecorderDoesNotSpeakForTheRegion() {
        var linked = new Recorder("AWSConfigurationRecorderForSecurityHub", ARN, Optional.of(EVERYTHING), "INTERNAL",
                "linked");
        var status = new RecorderStatus(linked.name(), true, "Success", null, "linked recording");

        assertThat(check.evaluate(inventory(List.of(linked), List.of(status)), EU).get(0).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void couldNotAssessWhenTheRecordingGroupIsNotGiven() {
        assertThat(check.evaluate(inventory(List.of(recorder(Optional.empty())), List.of(status(true, "Success"))),
                EU)).singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("did not say which resource types");
                });
    }

    @Test
    void couldNotAssessWhenTheStatusIsRefused() {
        var inventory = new ConfigInventory(Fetched.ok(List.of(DEFAULT), "config:DescribeConfigurationRecorders"),
                Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "config:DescribeConfigurationRecorderStatus", ""));

        assertThat(check.evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("config:DescribeConfigurationRecorderStatus");
        });
    }
}
