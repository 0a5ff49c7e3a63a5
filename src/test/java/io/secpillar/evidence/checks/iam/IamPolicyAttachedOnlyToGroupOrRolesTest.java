package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamUserInventory.AttachedPolicy;
import io.secpillar.evidence.inventory.iam.IamUserInventory.IamUserPolicies;
import io.secpillar.evidence.inventory.iam.IamUserInventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class IamPolicyAttachedOnlyToGroupOrRolesTest {

    private final IamPolicyAttachedOnlyToGroupOrRoles check = new IamPolicyAttachedOnlyToGroupOrRoles();

    private static IamUserPolicies user(String name, Fetched<List<AttachedPolicy>> attached,
                                        Fetched<List<String>> inline) {
        return new IamUserPolicies(name, "arn:aws:iam::111122223333:user/" + name, attached, inline);
    }

    private static <T> Fetched<List<T>> ok(List<T> list) {
        return Fetched.ok(list, "iam:ListX");
    }

    @Test
    void failsUsersWithManagedOrInlinePoliciesOfTheirOwn() {
        var managed = new AttachedPolicy("ReadOnlyAccess", "policy ReadOnlyAccess");
        var inventory = new IamUserInventory(Fetched.ok(List.of(
                user("grouped", ok(List.of()), ok(List.of())),
                user("managed", ok(List.of(managed)), ok(List.of())),
                user("inline", ok(List.of()), ok(List.of("s3-extra"))),
                user("hidden", IamFixtures.denied("iam:ListAttachedUserPolicies"), ok(List.of()))),
                "iam:ListUsers"));

        var findings = check.evaluate(inventory, GLOBAL);

        assertThat(findings).extracting(f -> f.resourceId().replace("arn:aws:iam::111122223333:user/", ""),
                Finding::status).containsExactly(
                tuple("grouped", Status.PASS),
                tuple("managed", Status.FAIL),
                tuple("inline", Status.FAIL),
                tuple("hidden", Status.COULD_NOT_ASSESS));
        assertThat(findings.get(1).reason()).contains("ReadOnlyAccess");
        assertThat(findings.get(2).observed()).containsEntry("inlinePolicies", "1");
        assertThat(findings.get(3).reason()).contains("iam:ListAttachedUserPolicies");
    }

    @Test
    void couldNotAssessWhenTheUserListWasRefused() {
        assertThat(check.evaluate(new IamUserInventory(IamFixtures.denied("iam:ListUsers")), GLOBAL))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("iam:ListUsers");
                });
    }
}
