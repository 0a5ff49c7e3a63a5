package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Security Hub checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class SecurityHubChecks {

    private SecurityHubChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new SecurityhubEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new SecurityHubCollector());
    }
}
