package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;

import java.util.List;
import java.util.Map;

/**
 * No open (unarchived) GuardDuty finding of high or critical severity is waiting for someone. A region without
 * detector gives no finding here: guardduty_is_enabled already reports it.
 */
public final class GuarddutyNoHighSeverityFindings extends InventoryCheck<GuardDutyInventory> {

    public GuarddutyNoHighSeverityFindings() {
        super(regional("guardduty_no_high_severity_findings", "No open high-severity GuardDuty findings", "guardduty",
                Severity.HIGH, List.of(GuardDutyInventory.LIST_DETECTORS, GuardDutyInventory.LIST_FINDINGS), "Triage "
                + "each open high or critical finding: contain what is real, archive what is expected with a "
                + "suppression rule and a written reason, and make sure new ones reach a person quickly."));
    }

    @Override
    public List<Finding> evaluate(GuardDutyInventory inventory, Target target) {
        return fromRead(inventory.detectors(), target, detectors -> detectors.stream().map(d -> fromRead(
                d.highSeverityFindings(), target, d.arn(), GuarddutyNoHighSeverityFindings::verdict)).toList());
    }

    private static Verdict verdict(List<String> ids) {
        return passIf(ids.isEmpty(), ids.isEmpty()
                ? "No open finding of severity 7 or more." : (ids.size() >= GuardDutyInventory.FINDINGS_CAP
                ? "At least " : "") + ids.size() + " open finding(s) of severity 7 or more.",
                Map.of("openHighSeverityFindings", String.valueOf(ids.size())), "ListFindings (severity >= 7, not "
                + "archived): " + ids.subList(0, Math.min(ids.size(), 10)) + (ids.size() > 10 ? " …" : ""));
    }
}
