package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;

import java.util.List;
import java.util.Map;

/** GuardDuty has an enabled detector in the region. */
public final class GuarddutyIsEnabled extends InventoryCheck<GuardDutyInventory> {

    public GuarddutyIsEnabled() {
        super(regional("guardduty_is_enabled", "GuardDuty is enabled in the region", "guardduty", Severity.HIGH,
                List.of(GuardDutyInventory.LIST_DETECTORS, GuardDutyInventory.GET_DETECTOR), "Enable GuardDuty in "
                + "every region, ideally from a delegated administrator account with auto-enable for new member "
                + "accounts, and route its findings to the team on call."));
    }

    @Override
    public List<Finding> evaluate(GuardDutyInventory inventory, Target target) {
        return fromRead(inventory.detectors(), target, detectors -> detectors.isEmpty()
                ? accountFinding(target, fail("GuardDuty has no detector in " + target.region()
                        + ".", Map.of("detectors", "0"), "ListDetectors: detectorIds=[]"))
                : detectors.stream().map(d -> fromRead(d.detector(), target, d.arn(), detector -> passIf(
                        "ENABLED".equals(detector.status()), "ENABLED".equals(detector.status())
                                ? "The GuardDuty detector is enabled." : "The GuardDuty detector is "
                                + detector.status() + ": it records nothing.", Map.of("status",
                                String.valueOf(detector.status())), "GetDetector: " + detector.proof()))).toList());
    }
}
