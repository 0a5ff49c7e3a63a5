package io.secpillar.evidence.aws.macie;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.macie.MacieIsEnabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.macie2.Macie2Client;

import static org.assertj.core.api.Assertions.assertThat;

/** Amazon Macie over its REST-JSON wire format (GET /macie). */
class MacieCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    @Test
    void anEnabledSessionPasses() {
        aws.rest("GET", "/macie", "{\"createdAt\":\"2024-05-01T10:00:00.000Z\",\"findingPublishingFrequency\":"
                + "\"FIFTEEN_MINUTES\",\"serviceRole\":\"arn:aws:iam::111122223333:role/aws-service-role/"
                + "macie.amazonaws.com/AWSServiceRoleForAmazonMacie\",\"status\":\"ENABLED\","
                + "\"updatedAt\":\"2025-09-01T10:00:00.000Z\"}");

        var finding = new MacieIsEnabled().evaluate(new MacieCollector().collect(aws.clients(), EU), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.proof()).contains("Status=ENABLED").contains("2024-05-01T10:00:00Z");
    }

    @Test
    void macieNotEnabledIsAFailNotAMissingPermission() {
        aws.restErrorInBody("GET", "/macie", 403, "AccessDeniedException", "Macie is not enabled.");

        var finding = new MacieIsEnabled().evaluate(new MacieCollector().collect(aws.clients(), EU), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.reason()).contains("not enabled");
    }

    @Test
    void aRealRefusalStaysCouldNotAssess() {
        aws.restErrorInBody("GET", "/macie", 403, "AccessDeniedException", "User: arn:aws:sts::111122223333:"
                + "assumed-role/Audit/s is not authorized to perform: macie2:GetMacieSession on resource: "
                + "arn:aws:macie2:eu-west-1:111122223333:*");

        var finding = new MacieIsEnabled().evaluate(new MacieCollector().collect(aws.clients(), EU), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission macie2:GetMacieSession");
    }

    @Test
    void aRegionWithoutMacieIsNotApplicableAndNotAsked() {
        Region absent = Region.regions().stream().filter(r -> !r.isGlobalRegion())
                .filter(r -> !Macie2Client.serviceMetadata().regions().contains(r)).findFirst().orElseThrow();
        Target there = new Target("audit", "111122223333", absent.id());

        var finding = new MacieIsEnabled().evaluate(new MacieCollector().collect(aws.clients(), there), there).get(0);

        assertThat(finding.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(aws.requests()).isEmpty();
    }
}
