package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** iam_customer_attached_… and iam_customer_unattached_policy_no_administrative_privileges. */
class AdministrativePolicyChecksTest {

    private static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":[\"*\"],"
            + "\"Resource\":\"*\"}]}";
    private static final String NARROW = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::reports/*\"}}";
    private static final String DENY_ALL = "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    private static CustomerPolicy policy(String name, int attachments, Fetched<String> document) {
        return new CustomerPolicy("arn:aws:iam::111122223333:policy/" + name, name, "v3", attachments, document);
    }

    private static Fetched<String> doc(String json) {
        return Fetched.ok(json, "iam:GetPolicyVersion");
    }

    private static final CustomerPolicyInventory MIXED = new CustomerPolicyInventory(Fetched.ok(List.of(
            policy("AdminAttached", 2, doc(ADMIN)),
            policy("Narrow", 1, doc(NARROW)),
            policy("DenyAll", 1, doc(DENY_ALL)),
            policy("Hidden", 1, IamFixtures.denied("iam:GetPolicyVersion")),
            policy("Broken", 1, doc("{not json")),
            policy("AdminSpare", 0, doc(ADMIN)),
            policy("NarrowSpare", 0, doc(NARROW))), "iam:ListPolicies"));

    @Test
    void attachedPoliciesAreJudgedOneByOne() {
        var findings = new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(MIXED, GLOBAL);

        assertThat(findings).extracting(f -> f.resourceId().replace("arn:aws:iam::111122223333:policy/", ""),
                Finding::status).containsExactly(
                tuple("AdminAttached", Status.FAIL),
                tuple("Narrow", Status.PASS),
                tuple("DenyAll", Status.PASS),
                tuple("Hidden", Status.COULD_NOT_ASSESS),
                tuple("Broken", Status.COULD_NOT_ASSESS));
        assertThat(findings.get(0).proof()).contains("{\"Effect\":\"Allow\",\"Action\":[\"*\"],\"Resource\":\"*\"}")
                .doesNotContain("s3:GetObject");
        assertThat(findings.get(0).observed()).containsEntry("attachmentCount", "2");
        assertThat(findings.get(3).reason()).contains("iam:GetPolicyVersion");
        assertThat(findings.get(4).reason()).contains("not valid JSON");
    }

    @Test
    void unattachedPoliciesAreJudgedApart() {
        var findings = new IamCustomerUnattachedPolicyNoAdministrativePrivileges().evaluate(MIXED, GLOBAL);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
        assertThat(findings.get(0).resourceId()).endsWith("policy/AdminSpare");
    }

    @Test
    void couldNotAssessWhenThePolicyListWasRefused() {
        var denied = new CustomerPolicyInventory(IamFixtures.denied("iam:ListPolicies"));

        assertThat(new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(denied, GLOBAL))
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("iam:ListPolicies");
                });
        assertThat(new IamCustomerUnattachedPolicyNoAdministrativePrivileges().evaluate(denied, GLOBAL))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
    }
}
