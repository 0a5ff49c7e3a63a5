package io.secpillar.evidence.aws.auditmanager;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.auditmanager.AuditmanagerOrConformancePackInUse;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit Manager over REST-JSON (GET /account/status, GET /assessments) and Config over AWS JSON 1.1. */
class AuditManagerCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    @Test
    void anActiveAssessmentOnTheSecondPagePasses() {
        aws.rest("GET", "/account/status", "{\"status\":\"ACTIVE\"}");
        aws.rest("GET", "/assessments", "{\"assessmentMetadata\":[],\"nextToken\":\"page-2\"}");
        aws.restPage("GET", "/assessments", "nextToken", "page-2", "{\"assessmentMetadata\":[{\"name\":"
                + "\"SOC 2 2026\",\"id\":\"0a1b2c3d-0000-4e5f-8a9b-111111111111\",\"complianceType\":\"SOC 2\","
                + "\"status\":\"ACTIVE\",\"roles\":[],\"delegations\":[],\"creationTime\":1767225600,"
                + "\"lastUpdated\":1767225600}]}");
        aws.json("StarlingDoveService.DescribeConformancePacks", "{\"ConformancePackDetails\":[]}");

        AuditManagerInventory inventory = new AuditManagerCollector().collect(aws.clients(), EU);

        assertThat(aws.requests()).anySatisfy(r -> assertThat(r.getUrl()).contains("status=ACTIVE"));
        assertThat(new AuditmanagerOrConformancePackInUse().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("SOC 2 2026"));
    }

    @Test
    void anInactiveAuditManagerIsNotAskedForAssessmentsAndWithoutPacksFails() {
        aws.rest("GET", "/account/status", "{\"status\":\"INACTIVE\"}");
        aws.json("StarlingDoveService.DescribeConformancePacks", "{\"ConformancePackDetails\":[]}");

        AuditManagerInventory inventory = new AuditManagerCollector().collect(aws.clients(), EU);

        assertThat(aws.requests()).noneSatisfy(r -> assertThat(r.getUrl()).startsWith("/assessments"));
        assertThat(new AuditmanagerOrConformancePackInUse().evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void aRefusalWithNothingFoundIsCouldNotAssess() {
        aws.restError("GET", "/account/status", 403, "AccessDeniedException", "User is not authorized to perform: "
                + "auditmanager:GetAccountStatus");
        aws.restError("GET", "/assessments", 403, "AccessDeniedException", "User is not authorized to perform: "
                + "auditmanager:ListAssessments");
        aws.json("StarlingDoveService.DescribeConformancePacks", "{\"ConformancePackDetails\":[]}");

        AuditManagerInventory inventory = new AuditManagerCollector().collect(aws.clients(), EU);

        assertThat(new AuditmanagerOrConformancePackInUse().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("lacks the permission auditmanager:ListAssessments");
        });
    }
}
