package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Check;

import java.util.List;

/** The Security Hub checks, listed explicitly. */
public final class SecurityHubChecks {

    private SecurityHubChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new SecurityhubEnabled());
    }
}
