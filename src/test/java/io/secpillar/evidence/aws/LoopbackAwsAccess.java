package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.AwsAccess;
import io.secpillar.evidence.scan.ConnectionCheck;
import io.secpillar.evidence.scan.ProfileInfo;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A test AwsAccess whose profiles are given in code and whose real SDK clients talk to a fake AWS server on
 * 127.0.0.1. Each profile signs with its own access key id, so the server can answer per account. Test
 * connection is a real STS GetCallerIdentity and EC2 DescribeRegions call. Clients are built once per
 * profile, service and region, with the SDK's standard retry when asked for.
 */
public final class LoopbackAwsAccess implements AwsAccess {

    private final URI endpoint;
    private final Map<String, String> keyByProfile = new LinkedHashMap<>();
    private final Map<String, LoopbackClients> clients = new ConcurrentHashMap<>();
    private final int maxAttempts;
    private final Duration callTimeout;
    private final SdkHttpClient http;
    /** One timer thread for every client's call timeouts; otherwise each client starts its own. */
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "loopback-aws-timeouts");
        t.setDaemon(true);
        return t;
    });

    public LoopbackAwsAccess(String endpoint, int maxAttempts, Duration callTimeout) {
        this.endpoint = URI.create(endpoint);
        if (!"127.0.0.1".equals(this.endpoint.getHost())) {
            throw new IllegalArgumentException("loopback only");
        }
        this.maxAttempts = maxAttempts;
        this.callTimeout = callTimeout;
        this.http = UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build();
    }

    public LoopbackAwsAccess profile(String name, String accessKeyId) {
        keyByProfile.put(name, accessKeyId);
        return this;
    }

    @Override
    public List<ProfileInfo> profiles() {
        List<ProfileInfo> out = new ArrayList<>();
        keyByProfile.keySet().forEach(p -> out.add(new ProfileInfo(p, ProfileInfo.Kind.STATIC_KEYS,
                Optional.of("eu-central-1"), "static keys (test)")));
        return out;
    }

    @Override
    public ConnectionCheck testConnection(String profile) {
        AwsClients c = clients(profile);
        try {
            GetCallerIdentityResponse id = c.client(StsClient.class, "us-east-1").getCallerIdentity();
            List<String> regions = List.of();
            try {
                DescribeRegionsResponse r = c.client(Ec2Client.class, "us-east-1").describeRegions();
                regions = r.regions().stream().map(x -> x.regionName()).sorted().toList();
            } catch (RuntimeException e) {
                // regions stay unknown, as with a role lacking ec2:DescribeRegions
            }
            return new ConnectionCheck(profile, Optional.of(id.account()), Optional.of(id.arn()), regions, Optional.empty());
        } catch (RuntimeException e) {
            return new ConnectionCheck(profile, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of("the credentials were refused (" + e.getClass().getSimpleName() + ")"));
        }
    }

    public AwsClients clients(String profile) {
        String key = keyByProfile.get(profile);
        if (key == null) {
            throw new IllegalArgumentException("unknown profile " + profile);
        }
        return clients.computeIfAbsent(profile, p -> new LoopbackClients(key));
    }

    /**
     * The SDK's standard retry (which retries throttling errors) with short backoffs. The access layer uses
     * adaptive retry; its client-side rate limiter slows a client down for many seconds after a throttle,
     * which would only make these tests slow.
     */
    private RetryStrategy retryStrategy() {
        if (maxAttempts <= 1) {
            return AwsRetryStrategy.doNotRetry();
        }
        BackoffStrategy quick = BackoffStrategy.exponentialDelay(Duration.ofMillis(20), Duration.ofMillis(200));
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts)
                .backoffStrategy(quick).throttlingBackoffStrategy(quick).build();
    }

    /** Real SDK clients for one profile, cached per type and region. */
    private final class LoopbackClients implements AwsClients {
        private final String accessKeyId;
        private final Map<String, SdkClient> cache = new ConcurrentHashMap<>();

        LoopbackClients(String accessKeyId) {
            this.accessKeyId = accessKeyId;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <C extends SdkClient> C client(Class<C> type, String region) {
            return (C) cache.computeIfAbsent(type.getName() + "@" + region, k -> build(type, region));
        }

        private <C extends SdkClient> C build(Class<C> type, String region) {
            AwsClientBuilder<?, C> builder = SdkClientBuilders.builderFor(type);
            builder.region(Region.of(region)).endpointOverride(endpoint).credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "test-secret-not-real")));
            if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
                sync.httpClient(http);
            }
            if (builder instanceof S3ClientBuilder s3) {
                s3.forcePathStyle(true);
            }
            builder.overrideConfiguration(ClientOverrideConfiguration.builder()
                    .retryStrategy(retryStrategy())
                    .apiCallTimeout(callTimeout)
                    .scheduledExecutorService(timers)
                    .build());
            return builder.build();
        }
    }
}
