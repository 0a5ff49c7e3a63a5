package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Check;

import java.util.List;

/** The CloudTrail checks, listed explicitly. */
public final class CloudTrailChecks {

    private CloudTrailChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new CloudtrailMultiRegionEnabled(), new CloudtrailLogFileValidationEnabled(),
                new CloudtrailKmsEncryptionEnabled(), new CloudtrailCloudwatchLoggingEnabled());
    }
}
