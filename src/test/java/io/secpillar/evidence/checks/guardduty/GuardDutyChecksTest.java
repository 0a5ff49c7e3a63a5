package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.Detector;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.DetectorState;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** guardduty_is_enabled and guardduty_no_high_severity_findings on in-memory inventories. */
class GuardDutyChecksTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final String ARN = "arn:aws:guardduty:eu-west-1:111122223333:detector/12abc34d";

    private static <T> Fetched<T> refused(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDeniedException");
    }

    private static GuardDutyInventory one(Fetched<Detector> detector, Fetched<List<String>> findings) {
        return new GuardDutyInventory(Fetched.ok(List.of(new DetectorState(ARN, detector, findings)),
                "guardduty:ListDetectors"));
    }

    private static Fetched<Detector> detector(String status) {
        return Fetched.ok(new Detector(status, "detector Status=" + status), "guardduty:GetDetector");
    }

    private static Fetched<List<String>> findings(String... ids) {
        return Fetched.ok(List.of(ids), "guardduty:ListFindings");
    }

    private static final GuardDutyInventory NONE = new GuardDutyInventory(Fetched.ok(List.of(), "x"));
    private static final GuardDutyInventory REFUSED = new GuardDutyInventory(refused("guardduty:ListDetectors"));

    @Test
    void isEnabled() {
        var check = new GuarddutyIsEnabled();
        var pass = check.evaluate(one(detector("ENABLED"), findings()), EU).get(0);
        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(pass.resourceId()).isEqualTo(ARN);
        assertThat(pass.proof()).isEqualTo("GetDetector: detector Status=ENABLED");
        assertThat(check.evaluate(one(detector("DISABLED"), findings()), EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(NONE, EU).get(0).reason()).contains("no detector in eu-west-1");
        assertThat(check.evaluate(one(refused("guardduty:GetDetector"), findings()), EU).get(0).reason())
                .contains("guardduty:GetDetector");
        assertThat(check.evaluate(REFUSED, EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
    }

    @Test
    void noHighSeverityFindings() {
        var check = new GuarddutyNoHighSeverityFindings();
        assertThat(check.evaluate(one(detector("ENABLED"), findings()), EU).get(0).status()).isEqualTo(Status.PASS);
        var fail = check.evaluate(one(detector("ENABLED"), findings("f1", "f2")), EU).get(0);
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        assertThat(fail.observed()).containsEntry("openHighSeverityFindings", "2");
        assertThat(fail.proof()).contains("f1", "f2");
        assertThat(check.evaluate(one(detector("ENABLED"), refused("guardduty:ListFindings")), EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(check.evaluate(NONE, EU)).isEmpty();
        assertThat(check.evaluate(REFUSED, EU).get(0).reason()).contains("guardduty:ListDetectors");
    }
}
