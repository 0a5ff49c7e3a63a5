package io.secpillar.evidence.aws.guardduty;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.guardduty.GuarddutyIsEnabled;
import io.secpillar.evidence.checks.guardduty.GuarddutyNoHighSeverityFindings;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** GuardDuty over its REST-JSON wire format (GET /detector, GET /detector/{id}, POST /detector/{id}/findings). */
class GuardDutyCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final String ID = "12abc34d567e8fa901bc2d34e56789f0";
    private static final String OTHER = "98fe76dc543b2a109fe8d7c6b5a43210";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String detector(String status) {
        return "{\"createdAt\":\"2024-01-02T03:04:05.678Z\",\"findingPublishingFrequency\":\"SIX_HOURS\","
                + "\"serviceRole\":\"arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/"
                + "AWSServiceRoleForAmazonGuardDuty\",\"status\":\"" + status + "\","
                + "\"updatedAt\":\"2025-11-02T03:04:05.678Z\",\"tags\":{}}";
    }

    @Test
    void readsEveryPageOfDetectorsAndOfOpenHighSeverityFindings() {
        aws.rest("GET", "/detector", "{\"detectorIds\":[\"" + ID + "\"],\"nextToken\":\"det-2\"}");
        aws.restPage("GET", "/detector", "nextToken", "det-2", "{\"detectorIds\":[\"" + OTHER + "\"]}");
        aws.rest("GET", "/detector/" + ID, detector("ENABLED"));
        aws.rest("GET", "/detector/" + OTHER, detector("DISABLED"));
        aws.rest("POST", "/detector/" + ID + "/findings", "{\"findingIds\":[\"a1\",\"a2\"],\"nextToken\":\"f-2\"}",
                "\"greaterThanOrEqual\":7");
        aws.rest("POST", "/detector/" + ID + "/findings", "{\"findingIds\":[\"a3\"]}", "\"nextToken\":\"f-2\"");
        aws.rest("POST", "/detector/" + OTHER + "/findings", "{\"findingIds\":[]}");

        GuardDutyInventory inventory = new GuardDutyCollector().collect(aws.clients(), EU);

        assertThat(inventory.detectors().value()).hasSize(2);
        assertThat(new GuarddutyIsEnabled().evaluate(inventory, EU)).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.FAIL);
        assertThat(inventory.detectors().value().get(0).detector().value().proof())
                .startsWith("GetDetectorResponse(").contains("Status=ENABLED");
        var findings = new GuarddutyNoHighSeverityFindings().evaluate(inventory, EU);
        assertThat(findings).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
        assertThat(findings.get(0).observed()).containsEntry("openHighSeverityFindings", "3");
        assertThat(findings.get(0).resourceId()).isEqualTo("arn:aws:guardduty:eu-west-1:111122223333:detector/" + ID);
        assertThat(aws.requests()).filteredOn(r -> r.getUrl().endsWith("/findings")).first()
                .satisfies(r -> assertThat(r.getBodyAsString())
                        .contains("\"service.archived\":{\"equals\":[\"false\"]}"));
    }

    @Test
    void aRegionWithoutDetectorFails() {
        aws.rest("GET", "/detector", "{\"detectorIds\":[]}");

        assertThat(new GuarddutyIsEnabled().evaluate(new GuardDutyCollector().collect(aws.clients(), EU), EU))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    @Test
    void aRefusedListIsCouldNotAssessNamingThePermission() {
        aws.restErrorInBody("GET", "/detector", 403, "AccessDeniedException", "User: arn:aws:sts::111122223333:"
                + "assumed-role/Audit/s is not authorized to perform: guardduty:ListDetectors");

        var finding = new GuarddutyIsEnabled().evaluate(new GuardDutyCollector().collect(aws.clients(), EU), EU)
                .get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission guardduty:ListDetectors");
    }
}
