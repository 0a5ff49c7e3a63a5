package io.secpillar.evidence.aws;

import java.time.Duration;

/** Client settings for the access-layer tests. */
final class TestSettings {

    private TestSettings() {
    }

    /** Few attempts; time limits generous enough for a loaded 2-core machine loading the EC2 model. */
    static AwsClientSettings fast() {
        return new AwsClientSettings(Duration.ofSeconds(20), Duration.ofSeconds(8), Duration.ofSeconds(2),
                Duration.ofSeconds(8), 3);
    }

    /** For timeout tests: a second per call, half a second per attempt. */
    static AwsClientSettings impatient() {
        return new AwsClientSettings(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 2);
    }

    /** Room for the adaptive strategy's throttling back-off (about a second per retry) within three attempts. */
    static AwsClientSettings patient() {
        return new AwsClientSettings(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(2), 3);
    }
}
