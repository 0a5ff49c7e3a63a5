package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The GuardDuty checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class GuardDutyChecks {

    private GuardDutyChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new GuarddutyIsEnabled(), new GuarddutyNoHighSeverityFindings());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new GuardDutyCollector());
    }
}
