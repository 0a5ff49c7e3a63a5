package io.secpillar.evidence.checks.guardduty;

import io.secpillar.evidence.Check;

import java.util.List;

/** The GuardDuty checks, listed explicitly. */
public final class GuardDutyChecks {

    private GuardDutyChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new GuarddutyIsEnabled(), new GuarddutyNoHighSeverityFindings());
    }
}
