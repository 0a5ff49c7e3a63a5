package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The IAM Access Analyzer checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class AccessAnalyzerChecks {

    private AccessAnalyzerChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new AccessanalyzerEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new AccessAnalyzerCollector());
    }
}
