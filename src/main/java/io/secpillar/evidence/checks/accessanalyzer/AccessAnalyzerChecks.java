package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Check;

import java.util.List;

/** The IAM Access Analyzer checks, listed explicitly. */
public final class AccessAnalyzerChecks {

    private AccessAnalyzerChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new AccessanalyzerEnabled());
    }
}
