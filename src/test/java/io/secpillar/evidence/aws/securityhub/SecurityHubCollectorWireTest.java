package io.secpillar.evidence.aws.securityhub;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.securityhub.SecurityhubEnabled;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Security Hub over its REST-JSON wire format (GET /accounts, POST /standards/get). */
class SecurityHubCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String subscription(String standard, String status) {
        return "{\"StandardsSubscriptionArn\":\"arn:aws:securityhub:eu-west-1:111122223333:subscription/" + standard
                + "\",\"StandardsArn\":\"arn:aws:securityhub:eu-west-1::standards/" + standard + "\","
                + "\"StandardsInput\":{},\"StandardsStatus\":\"" + status + "\"}";
    }

    @Test
    void anEnabledHubWithStandardsOverTwoPagesPasses() {
        aws.rest("GET", "/accounts", "{\"HubArn\":\"arn:aws:securityhub:eu-west-1:111122223333:hub/default\","
                + "\"SubscribedAt\":\"2024-03-01T10:00:00.000Z\",\"AutoEnableControls\":true,"
                + "\"ControlFindingGenerator\":\"SECURITY_CONTROL\"}");
        aws.rest("POST", "/standards/get", "{\"StandardsSubscriptions\":[" + subscription("cis-aws-foundations-"
                + "benchmark/v/3.0.0", "FAILED") + "],\"NextToken\":\"std-2\"}");
        aws.rest("POST", "/standards/get", "{\"StandardsSubscriptions\":[" + subscription("aws-foundational-"
                + "security-best-practices/v/1.0.0", "READY") + "]}", "\"NextToken\":\"std-2\"");

        SecurityHubInventory inventory = new SecurityHubCollector().collect(aws.clients(), EU);

        assertThat(inventory.standards().orElseThrow().value()).hasSize(2);
        assertThat(inventory.hub().value().orElseThrow().proof()).startsWith("DescribeHubResponse(");
        assertThat(inventory.standards().orElseThrow().value().get(0).proof()).startsWith("StandardsSubscription(");
        var finding = new SecurityhubEnabled().evaluate(inventory, EU).get(0);
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.observed().get("standards")).contains("aws-foundational-security-best-practices")
                .doesNotContain("cis");
    }

    @Test
    void notSubscribedIsAFailNotAnError() {
        aws.restError("GET", "/accounts", 401, "InvalidAccessException",
                "Account 111122223333 is not subscribed to AWS Security Hub");

        SecurityHubInventory inventory = new SecurityHubCollector().collect(aws.clients(), EU);

        assertThat(inventory.hub().value()).isEmpty();
        assertThat(new SecurityhubEnabled().evaluate(inventory, EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(aws.requests()).hasSize(1);
    }

    @Test
    void aRealAccessDenialStaysCouldNotAssess() {
        aws.restError("GET", "/accounts", 403, "AccessDeniedException", "User: arn:aws:sts::111122223333:"
                + "assumed-role/Audit/s is not authorized to perform: securityhub:DescribeHub");

        SecurityHubInventory inventory = new SecurityHubCollector().collect(aws.clients(), EU);

        assertThat(inventory.hub().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(new SecurityhubEnabled().evaluate(inventory, EU).get(0).reason())
                .contains("lacks the permission securityhub:DescribeHub");
    }
}
