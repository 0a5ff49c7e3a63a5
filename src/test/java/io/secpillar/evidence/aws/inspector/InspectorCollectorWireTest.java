package io.secpillar.evidence.aws.inspector;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.inspector.Inspector2IsEnabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.inspector2.Inspector2Client;

import static org.assertj.core.api.Assertions.assertThat;

/** Amazon Inspector over its REST-JSON wire format (POST /status/batch/get). */
class InspectorCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String account(String status) {
        return "{\"accounts\":[{\"accountId\":\"111122223333\",\"resourceState\":{\"ec2\":{\"status\":\"" + status
                + "\"},\"ecr\":{\"status\":\"" + status + "\"},\"lambda\":{\"status\":\"DISABLED\"},"
                + "\"lambdaCode\":{\"status\":\"DISABLED\"}},\"state\":{\"status\":\"" + status + "\"}}],"
                + "\"failedAccounts\":[]}";
    }

    @Test
    void anEnabledAccountPassesAndADisabledOneFails() {
        aws.rest("POST", "/status/batch/get", account("ENABLED"));
        var enabled = new Inspector2IsEnabled().evaluate(new InspectorCollector().collect(aws.clients(), EU), EU);
        assertThat(enabled.get(0).status()).isEqualTo(Status.PASS);
        assertThat(enabled.get(0).proof()).contains("Ec2=State(Status=ENABLED)");

        aws.rest("POST", "/status/batch/get", account("DISABLED"));
        var disabled = new Inspector2IsEnabled().evaluate(new InspectorCollector().collect(aws.clients(), EU), EU);
        assertThat(disabled.get(0).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aRegionWithoutInspectorIsNotApplicableAndNotAsked() {
        Region absent = Region.regions().stream().filter(r -> !r.isGlobalRegion())
                .filter(r -> !Inspector2Client.serviceMetadata().regions().contains(r)).findFirst().orElseThrow();
        Target there = new Target("audit", "111122223333", absent.id());

        var finding = new Inspector2IsEnabled().evaluate(new InspectorCollector().collect(aws.clients(), there),
                there).get(0);

        assertThat(finding.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(finding.reason()).contains("not offered in " + absent.id());
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aRefusalNamesThePermission() {
        aws.restError("POST", "/status/batch/get", 403, "AccessDeniedException", "User is not authorized to "
                + "perform: inspector2:BatchGetAccountStatus");

        var finding = new Inspector2IsEnabled().evaluate(new InspectorCollector().collect(aws.clients(), EU), EU)
                .get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission inspector2:BatchGetAccountStatus");
    }
}
