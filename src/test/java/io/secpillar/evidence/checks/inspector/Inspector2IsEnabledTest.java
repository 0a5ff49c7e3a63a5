package io.secpillar.evidence.checks.inspector;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.inspector2.model.AccountState;
import software.amazon.awssdk.services.inspector2.model.BatchGetAccountStatusResponse;
import software.amazon.awssdk.services.inspector2.model.FailedAccount;
import software.amazon.awssdk.services.inspector2.model.State;

import static org.assertj.core.api.Assertions.assertThat;

class Inspector2IsEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final Inspector2IsEnabled check = new Inspector2IsEnabled();

    private static InspectorInventory status(String status) {
        return new InspectorInventory(true, Fetched.ok(BatchGetAccountStatusResponse.builder().accounts(
                AccountState.builder().accountId("111122223333").state(State.builder().status(status).build())
                        .build()).build(), "inspector2:BatchGetAccountStatus"));
    }

    @Test
    void passesWhenEnabledAndFailsOtherwise() {
        assertThat(check.evaluate(status("ENABLED"), EU).get(0).status()).isEqualTo(Status.PASS);
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
        var failed = new InspectorInventory(true, Fetched.ok(BatchGetAccountStatusResponse.builder().failedAccounts(
                FailedAccount.builder().accountId("111122223333").errorCode("ACCESS_DENIED").build()).build(), "x"));
        assertThat(check.evaluate(failed, EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
