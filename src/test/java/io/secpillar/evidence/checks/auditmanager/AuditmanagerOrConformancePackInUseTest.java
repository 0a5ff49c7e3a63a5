package io.secpillar.evidence.checks.auditmanager;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.Assessment;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.ConformancePack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditmanagerOrConformancePackInUseTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final Assessment SOC2 = new Assessment("a1", "SOC 2 2026", "SOC 2", "AssessmentMetadataItem(Name=SOC 2 2026)");
    static final ConformancePack PACK = new ConformancePack("Operational-Best-Practices-for-CIS",
            "arn:aws:config:eu-west-1:111122223333:conformance-pack/Operational-Best-Practices-for-CIS/conformance-pack-x",
            "ConformancePackDetail(...)");
    static final Fetched<List<Assessment>> DENIED = Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
            AuditManagerInventory.LIST_ASSESSMENTS, "");

    private final AuditmanagerOrConformancePackInUse check = new AuditmanagerOrConformancePackInUse();

    static AuditManagerInventory of(Fetched<List<Assessment>> assessments, List<ConformancePack> packs) {
        return new AuditManagerInventory(Fetched.ok("ACTIVE", AuditManagerInventory.GET_ACCOUNT_STATUS), assessments,
                Fetched.ok(packs, AuditManagerInventory.DESCRIBE_CONFORMANCE_PACKS));
    }

    @Test
    void eitherAnActiveAssessmentOrAConformancePackPasses() {
        var viaAudit = check.evaluate(of(Fetched.ok(List.of(SOC2), "x"), List.of()), EU);
        var viaPack = check.evaluate(of(DENIED, List.of(PACK)), EU);

        assertThat(viaAudit.get(0).status()).isEqualTo(Status.PASS);
        assertThat(viaAudit.get(0).reason()).contains("SOC 2 2026");
        assertThat(viaPack.get(0).status()).isEqualTo(Status.PASS);
        assertThat(viaPack.get(0).resourceId()).isEqualTo(PACK.arn());
    }

    @Test
    void failsWhenNeitherIsInPlace() {
        assertThat(check.evaluate(of(Fetched.ok(List.of(), "x"), List.of()), EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("eu-west-1");
        });
    }

    @Test
    void couldNotAssessWhenNothingFoundAndOneReadFailed() {
        assertThat(check.evaluate(of(DENIED, List.of()), EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("auditmanager:ListAssessments");
        });
    }
}
