package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.inspector.InspectorInventory.AccountState;
import io.secpillar.evidence.inventory.inspector.InspectorInventory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Inspector2IsEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final Inspector2IsEnabled check = new Inspector2IsEnabled();

    private static InspectorInventory status(String status) {
        return new InspectorInventory(true, Fetched.ok(new AccountState(true, status, "[]", "account " + status),
                "inspector2:BatchGetAccountStatus"));
    }

    @Test
    void passesWhenEnabledAndFailsOtherwise() {
        assertThat(check.evaluate(status("ENABLED"), EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.proof()).isEqualTo("BatchGetAccountStatus: account ENABLED");
        });
        var disabled = check.evaluate(status("DISABLED"), EU).get(0);
        assertThat(disabled.status()).isEqualTo(Status.FAIL);
        assertThat(disabled.reason()).contains("DISABLED");
    }

    @Test
    void notApplicableWhereInspectorIsNotOffered() {
        var absent = new InspectorInventory(false, Fetched.failed(CouldNotAssessReason.ERROR,
                "inspector2:BatchGetAccountStatus", "not offered"));
        assertThat(check.evaluate(absent, EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void couldNotAssessWhenRefusedOrWhenTheAccountFailed() {
        var refused = new InspectorInventory(true, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "inspector2:BatchGetAccountStatus", ""));
        assertThat(check.evaluate(refused, EU).get(0).reason()).contains("inspector2:BatchGetAccountStatus");
        var failed = new InspectorInventory(true, Fetched.ok(new AccountState(false, "",
                "[FailedAccount(AccountId=111122223333, ErrorCode=ACCESS_DENIED)]", "answer"), "x"));
        assertThat(check.evaluate(failed, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ErrorCode=ACCESS_DENIED");
        });
    }
}
