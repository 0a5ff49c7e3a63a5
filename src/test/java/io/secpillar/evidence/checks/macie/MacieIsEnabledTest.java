package io.secpillar.evidence.checks.macie;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.macie.MacieInventory.MacieSession;
import io.secpillar.evidence.inventory.macie.MacieInventory;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MacieIsEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final MacieIsEnabled check = new MacieIsEnabled();

    private static MacieInventory session(Optional<MacieSession> session) {
        return new MacieInventory(true, Fetched.ok(session, "macie2:GetMacieSession"));
    }

    @Test
    void enabledPassesPausedOrNeverEnabledFails() {
        var enabled = check.evaluate(session(Optional.of(new MacieSession("ENABLED", "session ENABLED"))), EU).get(0);
        assertThat(enabled.status()).isEqualTo(Status.PASS);
        assertThat(enabled.proof()).isEqualTo("GetMacieSession: session ENABLED");
        assertThat(check.evaluate(session(Optional.of(new MacieSession("PAUSED", "session PAUSED"))), EU).get(0)
                .status()).isEqualTo(Status.FAIL);
        var never = check.evaluate(session(Optional.empty()), EU).get(0);
        assertThat(never.status()).isEqualTo(Status.FAIL);
        assertThat(never.reason()).contains("not enabled in eu-west-1");
    }

    @Test
    void notApplicableWhereMacieIsNotOfferedAndCouldNotAssessWhenRefused() {
        var absent = new MacieInventory(false, Fetched.failed(CouldNotAssessReason.ERROR, "macie2:GetMacieSession",
                "not offered"));
        assertThat(check.evaluate(absent, EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        var refused = new MacieInventory(true, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "macie2:GetMacieSession", ""));
        assertThat(check.evaluate(refused, EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
