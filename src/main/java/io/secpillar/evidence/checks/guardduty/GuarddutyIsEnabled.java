package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.guardduty.GuardDutyInventory.DetectorState;

import java.util.List;
import java.util.Map;

/** GuardDuty has an enabled detector in the region. */
public final class GuarddutyIsEnabled implements Check<GuardDutyInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("guardduty_is_enabled",
            "GuardDuty is enabled in the region", "guardduty", Scope.REGIONAL, Severity.HIGH,
            List.of(GuardDutyInventory.LIST_DETECTORS, GuardDutyInventory.GET_DETECTOR),
            "Enable GuardDuty in every region, ideally from a delegated administrator account with auto-enable "
                    + "for new member accounts, and route its findings to the team on call.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<GuardDutyInventory> inventoryType() {
        return GuardDutyInventory.class;
    }

    @Override
    public List<Finding> evaluate(GuardDutyInventory inventory, Target target) {
        if (!inventory.detectors().isOk()) {
            return List.of(inventory.detectors().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.detectors().value().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "GuardDuty has no detector in " + target.region() + ".",
                    Map.of("detectors", "0"), "ListDetectors: detectorIds=[]"));
        }
        return inventory.detectors().value().stream().map(d -> judge(d, target)).toList();
    }

    private static Finding judge(DetectorState state, Target target) {
        if (!state.detector().isOk()) {
            return state.detector().couldNotAssess(METADATA.id(), target, state.arn());
        }
        String status = state.detector().value().statusAsString();
        boolean enabled = "ENABLED".equals(status);
        return new Finding(METADATA.id(), enabled ? Status.PASS : Status.FAIL, target.accountId(), target.region(),
                state.arn(), enabled ? "The GuardDuty detector is enabled." : "The GuardDuty detector is " + status
                + ": it records nothing.", Map.of("status", String.valueOf(status)),
                "GetDetector: " + state.detector().value());
    }
}
