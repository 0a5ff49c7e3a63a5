package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.InlinePolicy;
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
    private static final String NOT_ACTION = "{\"Statement\":{\"Effect\":\"Allow\",\"NotAction\":"
            + "\"iam:CreateUser\",\"Resource\":\"*\"}}";
    private static final String NOT_RESOURCE = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"NotResource\":\"arn:aws:s3:::audit-logs/*\"}}";
    private static final String FROM_OFFICE = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}}";
    private static final String MFA_ONLY = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}}";
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
            policy("AllButCreateUser", 1, doc(NOT_ACTION)),
            policy("AllButAuditLogs", 1, doc(NOT_RESOURCE)),
            policy("FromOffice", 1, doc(FROM_OFFICE)),
            policy("WithMfa", 1, doc(MFA_ONLY)),
            policy("Hidden", 1, IamFixtures.denied("iam:GetPolicyVersion")),
            policy("Broken", 1, doc("{not json")),
            policy("AdminSpare", 0, doc(ADMIN)),
            policy("NarrowSpare", 0, doc(NARROW))), "iam:ListPolicies"), Fetched.ok(List.of(
            new InlinePolicy("role", "Deploy", "arn:aws:iam::111122223333:role/Deploy", "ci-admin", NOT_ACTION),
            new InlinePolicy("user", "alice", "arn:aws:iam::111122223333:user/alice", "reports", NARROW)),
            "iam:GetAccountAuthorizationDetails"));

    @Test
    void attachedPoliciesAreJudgedOneByOne() {
        var findings = new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(MIXED, GLOBAL);

        assertThat(findings).extracting(f -> f.resourceId().replace("arn:aws:iam::111122223333:policy/", ""),
                Finding::status).containsExactly(
                tuple("AdminAttached", Status.FAIL),
                tuple("Narrow", Status.PASS),
                tuple("DenyAll", Status.PASS),
                tuple("AllButCreateUser", Status.FAIL),
                tuple("AllButAuditLogs", Status.FAIL),
                tuple("FromOffice", Status.COULD_NOT_ASSESS),
                tuple("WithMfa", Status.FAIL),
                tuple("Hidden", Status.COULD_NOT_ASSESS),
                tuple("Broken", Status.COULD_NOT_ASSESS),
                tuple("arn:aws:iam::111122223333:role/Deploy#ci-admin", Status.FAIL),
                tuple("arn:aws:iam::111122223333:user/alice#reports", Status.PASS));
        assertThat(findings.get(0).proof()).contains("{\"Effect\":\"Allow\",\"Action\":[\"*\"],\"Resource\":\"*\"}")
                .doesNotContain("s3:GetObject");
        assertThat(findings.get(0).observed()).containsEntry("attachmentCount", "2");
        assertThat(findings.get(5).reason()).contains("aws:SourceIp");
        assertThat(findings.get(7).reason()).contains("iam:GetPolicyVersion");
        assertThat(findings.get(8).reason()).contains("not valid JSON");
        assertThat(findings.get(9).reason()).startsWith("Inline policy ci-admin of role Deploy grants every action");
    }

    @Test
    void unattachedPoliciesAreJudgedApart() {
        var findings = new IamCustomerUnattachedPolicyNoAdministrativePrivileges().evaluate(MIXED, GLOBAL);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
        assertThat(findings.get(0).resourceId()).endsWith("policy/AdminSpare");
    }

    @Test
    void couldNotAssessWhenThePolicyListWasRefused() {
        var denied = new CustomerPolicyInventory(IamFixtures.denied("iam:ListPolicies"),
                IamFixtures.denied("iam:GetAccountAuthorizationDetails"));

        assertThat(new IamCustomerAttachedPolicyNoAdministrativePrivileges().evaluate(denied, GLOBAL))
                .extracting(Finding::status, f -> f.reason().substring(0, f.reason().indexOf(": AccessDenied")))
                .containsExactly(
                        tuple(Status.COULD_NOT_ASSESS, "Access denied: the profile lacks the permission iam:ListPolicies"),
                        tuple(Status.COULD_NOT_ASSESS, "Access denied: the profile lacks the permission "
                                + "iam:GetAccountAuthorizationDetails"));
        assertThat(new IamCustomerUnattachedPolicyNoAdministrativePrivileges().evaluate(denied, GLOBAL))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS));
    }
}
