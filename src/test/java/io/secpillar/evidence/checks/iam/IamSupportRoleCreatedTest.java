package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.SupportPolicyHolders;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;

class IamSupportRoleCreatedTest {

    private final IamSupportRoleCreated check = new IamSupportRoleCreated();

    private static IamAccountInventory holders(Fetched<SupportPolicyHolders> holders) {
        IamAccountInventory base = IamFixtures.summary(Map.of());
        return IamFixtures.account(base.summary(), base.virtualMfaDevices(), base.passwordPolicy(), holders);
    }

    private static Fetched<SupportPolicyHolders> ok(List<String> roles, List<String> users) {
        return Fetched.ok(new SupportPolicyHolders("arn:aws:iam::aws:policy/AWSSupportAccess", roles, users,
                List.of()), "iam:ListEntitiesForPolicy");
    }

    @Test
    void passesWhenARoleHoldsThePolicy() {
        assertThat(check.evaluate(holders(ok(List.of("IncidentResponder"), List.of())), GLOBAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.reason()).contains("IncidentResponder");
                });
    }

    @Test
    void failsWhenOnlyAUserHoldsIt() {
        assertThat(check.evaluate(holders(ok(List.of(), List.of("bob"))), GLOBAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.FAIL);
                    assertThat(f.reason()).contains("users: 1");
                });
    }

    @Test
    void couldNotAssessWhenRefused() {
        assertThat(check.evaluate(holders(IamFixtures.denied("iam:ListEntitiesForPolicy")), GLOBAL))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("iam:ListEntitiesForPolicy");
                });
    }
}
