package io.secpillar.evidence.aws;

import java.time.Duration;

/**
 * How patient the clients are. Throttling is handled by the SDK's adaptive retry strategy (ADAPTIVE_V2), which
 * slows the client down when AWS throttles; {@code maxAttempts} bounds the attempts of one call.
 *
 * @param apiCallTimeout     the whole call, retries included
 * @param attemptTimeout     one HTTP attempt
 * @param connectTimeout     opening the connection
 * @param socketTimeout      waiting for bytes on an open connection
 * @param maxAttempts        attempts per call, the first included
 * @param credentialProcessTimeout how long a profile's credential_process may take before it is stopped
 */
public record AwsClientSettings(Duration apiCallTimeout, Duration attemptTimeout, Duration connectTimeout,
                                Duration socketTimeout, int maxAttempts, Duration credentialProcessTimeout) {

    /** As generous as the AWS CLI: a credential_process may open a browser or wait for a hardware key. */
    public static final Duration CREDENTIAL_PROCESS_TIMEOUT = Duration.ofSeconds(60);

    public AwsClientSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public AwsClientSettings(Duration apiCallTimeout, Duration attemptTimeout, Duration connectTimeout,
                             Duration socketTimeout, int maxAttempts) {
        this(apiCallTimeout, attemptTimeout, connectTimeout, socketTimeout, maxAttempts, CREDENTIAL_PROCESS_TIMEOUT);
    }

    public static AwsClientSettings defaults() {
        return new AwsClientSettings(Duration.ofSeconds(120), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 8);
    }

    public AwsClientSettings withCredentialProcessTimeout(Duration timeout) {
        return new AwsClientSettings(apiCallTimeout, attemptTimeout, connectTimeout, socketTimeout, maxAttempts, timeout);
    }
}
