package io.secpillar.evidence.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that builds SDK clients. Every client gets the read-only guard (in its auth scheme provider and as
 * an interceptor), the url-connection HTTP client,
 * the adaptive retry strategy, timeouts (and calls that a cancel's interrupt aborts: {@link InterruptibleHttpClient}),
 * and the profile file with the profile name so that the SDK itself
 * applies {@code endpoint_url} and the endpoint variables (we never call {@code endpointOverride}).
 *
 * <p>The HTTP client and the timeout scheduler are shared by all clients: a scan of many accounts and regions
 * builds thousands of clients, and each would otherwise start its own scheduler threads.
 */
final class SdkClientFactory implements AutoCloseable {

    private final AwsClientSettings settings;
    private final EndpointOverrides endpoints;
    private final SdkHttpClient http;
    private final ScheduledExecutorService scheduler;

    SdkClientFactory(AwsClientSettings settings, EndpointOverrides endpoints) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads());
        this.http = new InterruptibleHttpClient(UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.socketTimeout())
                .build(), scheduler);
    }

    AwsClientSettings settings() {
        return settings;
    }

    /** A read-only client of {@code type} for {@code region}, signing with {@code credentials}. */
    <C extends SdkClient> C build(Class<C> type, String region, IdentityProvider<? extends AwsCredentialsIdentity>
            credentials, ProfileFile profileFile, String profileName) {
        return build(type, region, credentials, profileFile, profileName, Set.of());
    }

    /** As {@link #build}, for a credential provider's own client that must also call {@code extraOperations}. */
    <C extends SdkClient> C build(Class<C> type, String region, IdentityProvider<? extends AwsCredentialsIdentity>
            credentials, ProfileFile profileFile, String profileName, Set<String> extraOperations) {
        AwsClientBuilder<?, C> builder = SdkClientBuilders.builderFor(type);
        if (!(builder instanceof SdkSyncClientBuilder<?, ?> sync)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a synchronous client");
        }
        sync.httpClient(http);
        builder.region(Region.of(region));
        builder.credentialsProvider(credentials);
        AuthSchemeGuard.install(type, builder, extraOperations);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(extraOperations.isEmpty() ? ReadOnlyGuard.readOnly()
                        : ReadOnlyGuard.readOnlyPlus(extraOperations))
                .retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts()).build())
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .scheduledExecutorService(scheduler)
                .defaultProfileFile(profileFile)
                .defaultProfileName(profileName);
        if (builder instanceof S3ControlClientBuilder s3control
                && endpoints.configuredFor("S3_CONTROL", "S3Control", "s3_control", profileFile, profileName)) {
            s3control.endpointProvider(new S3ControlEmulatorEndpoints());
        }
        builder.overrideConfiguration(override.build());
        if (builder instanceof S3ClientBuilder s3) {
            // Emulators serve buckets path-style; real S3 keeps the virtual-hosted style it prefers.
            s3.forcePathStyle(endpoints.configuredFor("S3", "S3", "s3", profileFile, profileName));
            s3.crossRegionAccessEnabled(true);
        }
        return builder.build();
    }

    @Override
    public void close() {
        http.close();
        scheduler.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "aws-timeouts-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
