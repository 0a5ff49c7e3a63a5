package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigInventory.Recorder;
import io.secpillar.evidence.inventory.config.ConfigInventory.RecorderStatus;
import io.secpillar.evidence.inventory.config.ConfigInventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigRecorderAllRegionsEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final Recorder DEFAULT = new Recorder("default",
            "arn:aws:config:eu-west-1:111122223333:configuration-recorder/default/0a1b", "recorder default");
    private final ConfigRecorderAllRegionsEnabled check = new ConfigRecorderAllRegionsEnabled();

    private static ConfigInventory inventory(List<Recorder> recorders, List<RecorderStatus> statuses) {
        return new ConfigInventory(Fetched.ok(recorders, "config:DescribeConfigurationRecorders"),
                Fetched.ok(statuses, "config:DescribeConfigurationRecorderStatus"));
    }

    private static RecorderStatus status(boolean recording, String lastStatus) {
        return new RecorderStatus("default", recording, lastStatus, "FAILURE".equals(lastStatus) ? "NoSuchBucket" : null,
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
        var failing = check.evaluate(inventory(List.of(DEFAULT), List.of(status(true, "FAILURE"))), EU).get(0);
        assertThat(failing.status()).isEqualTo(Status.FAIL);
        assertThat(failing.reason()).contains("NoSuchBucket");
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
