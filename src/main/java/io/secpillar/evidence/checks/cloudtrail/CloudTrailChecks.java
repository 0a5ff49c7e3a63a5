package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The CloudTrail checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class CloudTrailChecks {

    private CloudTrailChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new CloudtrailMultiRegionEnabled(), new CloudtrailLogFileValidationEnabled(),
                new CloudtrailKmsEncryptionEnabled(), new CloudtrailCloudwatchLoggingEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new CloudTrailCollector());
    }
}
