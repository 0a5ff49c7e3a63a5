package io.secpillar.evidence.aws.account;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.account.AccountSecurityContactInformationIsRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Account API over its REST-JSON wire format (POST /getAlternateContact). */
class AccountContactCollectorWireTest {

    private static final Target TARGET = new Target("audit", "111122223333", "us-east-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    @Test
    void aRegisteredSecurityContactPasses() {
        aws.rest("POST", "/getAlternateContact", "{\"AlternateContact\":{\"AlternateContactType\":\"SECURITY\","
                + "\"EmailAddress\":\"security@example.com\",\"Name\":\"Security Team\","
                + "\"PhoneNumber\":\"+1 206 555 0100\",\"Title\":\"SOC\"}}", "\"AlternateContactType\":\"SECURITY\"");

        var finding = new AccountSecurityContactInformationIsRegistered().evaluate(
                new AccountContactCollector().collect(aws.clients(), TARGET), TARGET.global()).get(0);

        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.region()).isEqualTo("global");
    }

    @Test
    void noContactIsAFail() {
        aws.restError("POST", "/getAlternateContact", 404, "ResourceNotFoundException",
                "No contact of the inputted alternate contact type found.");

        var finding = new AccountSecurityContactInformationIsRegistered().evaluate(
                new AccountContactCollector().collect(aws.clients(), TARGET), TARGET.global()).get(0);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aRefusalNamesThePermission() {
        aws.restError("POST", "/getAlternateContact", 403, "AccessDeniedException",
                "User is not authorized to perform: account:GetAlternateContact");

        var finding = new AccountSecurityContactInformationIsRegistered().evaluate(
                new AccountContactCollector().collect(aws.clients(), TARGET), TARGET.global()).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission account:GetAlternateContact");
    }
}
