package io.secpillar.evidence.aws;

import java.time.Duration;

/** Client settings that keep failure tests short. */
final class TestSettings {

    private TestSettings() {
    }

    static AwsClientSettings fast() {
        return new AwsClientSettings(Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 3);
    }

    /** Room for the adaptive strategy's throttling back-off (about a second per retry) within three attempts. */
    static AwsClientSettings patient() {
        return new AwsClientSettings(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(2), 3);
    }
}
