package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Check;

import java.util.List;

/** The AWS Config checks, listed explicitly. */
public final class ConfigChecks {

    private ConfigChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new ConfigRecorderAllRegionsEnabled());
    }
}
