package io.secpillar.evidence.checks.auditmanager;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory;

import java.util.List;
import java.util.Map;

/** An active Audit Manager assessment or a deployed conformance pack validates control objectives (either passes). */
public final class AuditmanagerOrConformancePackInUse extends InventoryCheck<AuditManagerInventory> {

    public AuditmanagerOrConformancePackInUse() {
        super(regional("auditmanager_or_conformance_pack_in_use", "Control objectives are validated (Audit Manager "
                + "or a conformance pack)", "auditmanager", Severity.MEDIUM, AuditManagerInventory.OPERATIONS,
                "Create an Audit Manager assessment from the framework your control objectives follow, or deploy "
                + "the matching AWS Config conformance pack (organization-wide from the delegated administrator)."));
    }

    @Override
    public List<Finding> evaluate(AuditManagerInventory inventory, Target target) {
        var assessments = inventory.activeAssessments();
        var packs = inventory.conformancePacks();
        if (assessments.isOk() && !assessments.value().isEmpty()) {
            var first = assessments.value().get(0);
            return accountFinding(target, pass("Audit Manager assessment " + first.name() + " (" + first
                    .complianceType() + ") is active.", Map.of("activeAssessments", String.valueOf(assessments
                    .value().size())), first.proof()));
        }
        if (packs.isOk() && !packs.value().isEmpty()) {
            var first = packs.value().get(0);
            return List.of(finding(target, first.arn(), pass("Conformance pack " + first.name() + " is deployed.",
                    Map.of("conformancePacks", String.valueOf(packs.value().size())), first.proof())));
        }
        if (!assessments.isOk() || !packs.isOk()) {
            return couldNotAssess(assessments.isOk() ? packs : assessments, target);
        }
        return accountFinding(target, fail("Neither an active Audit Manager assessment nor a conformance pack "
                + "validates control objectives in " + target.region() + ".", Map.of("auditManager",
                inventory.accountStatus().isOk() ? inventory.accountStatus().value() : "unknown",
                "conformancePacks", "0"), ""));
    }
}
