package io.secpillar.watool.aws;

import io.secpillar.evidence.aws.AwsClientSettings;
import io.secpillar.evidence.aws.ProfileSession;
import io.secpillar.watool.WaAccessList;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * Builds the WA Tool client: the profile's credentials and profile file from the evidence engine's access layer (so
 * MFA, IAM Identity Center, credential_process and {@code endpoint_url} behave the same), its own allow-list guard,
 * the SDK's standard retries (throttling is retried with exponential back-off and jitter; every write carries an
 * idempotency token the SDK reuses across retries) and the access layer's time limits.
 */
final class WaToolClients {

    private WaToolClients() {
    }

    static WellArchitectedClient build(ProfileSession session, String region, WaAccessList allowed,
                                       SdkHttpClient http) {
        AwsClientSettings settings = session.settings();
        WaToolGuard guard = new WaToolGuard(allowed);
        return WellArchitectedClient.builder()
                .httpClient(http)
                .region(Region.of(region))
                .credentialsProvider(session.credentials())
                .authSchemeProvider(guard)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .addExecutionInterceptor(guard)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(settings.maxAttempts()).build())
                        .apiCallTimeout(settings.apiCallTimeout())
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .defaultProfileFile(session.profileFile())
                        .defaultProfileName(session.profile())
                        .build())
                .build();
    }
}
