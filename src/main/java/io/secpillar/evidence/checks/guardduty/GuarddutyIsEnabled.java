package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.DetectorState;

import java.util.List;
import java.util.Map;

/** GuardDuty has an enabled detector in the region. */
public final class GuarddutyIsEnabled extends InventoryCheck<GuardDutyInventory> {

    public GuarddutyIsEnabled() {
        super(GuardDutyInventory.class, regional("guardduty_is_enabled", "GuardDuty is enabled in the region",
                "guardduty", Severity.HIGH, List.of(GuardDutyInventory.LIST_DETECTORS, GuardDutyInventory.GET_DETECTOR),
                "Enable GuardDuty in every region, ideally from a delegated administrator account with auto-enable "
                + "for new member accounts, and route its findings to the team on call."));
    }

    @Override
    public List<Finding> evaluate(GuardDutyInventory inventory, Target target) {
        return fromRead(inventory.detectors(), target, detectors -> detectors.isEmpty()
                ? accountFinding(target, fail("GuardDuty has no detector in " + target.region()
                        + ".", Map.of("detectors", "0"), "ListDetectors: detectorIds=[]"))
                : detectors.stream().map(d -> judge(d, target)).toList());
    }

    private Finding judge(DetectorState state, Target target) {
        if (!state.detector().isOk()) {
            return state.detector().couldNotAssess(id(), target, state.arn());
        }
        String status = state.detector().value().status();
        boolean enabled = "ENABLED".equals(status);
        return finding(target, state.arn(), passIf(enabled, enabled ? "The GuardDuty detector is enabled."
                : "The GuardDuty detector is " + status + ": it records nothing.", Map.of("status",
                String.valueOf(status)), "GetDetector: " + state.detector().value().proof()));
    }
}
