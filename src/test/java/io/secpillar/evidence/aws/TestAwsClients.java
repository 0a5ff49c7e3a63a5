package io.secpillar.evidence.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * Real SDK clients pointed at a local fake AWS server (WireMock or a JDK HttpServer on 127.0.0.1), with
 * static test credentials and no retries, for inventory tests. Nothing leaves the machine.
 */
public final class TestAwsClients implements AwsClients {

    private final URI endpoint;

    public TestAwsClients(String endpoint) {
        this.endpoint = URI.create(endpoint);
        if (!"127.0.0.1".equals(this.endpoint.getHost()) && !"localhost".equals(this.endpoint.getHost())) {
            throw new IllegalArgumentException("tests talk to loopback only, not " + endpoint);
        }
    }

    @Override
    public <C extends SdkClient> C client(Class<C> type, String region) {
        AwsClientBuilder<?, C> builder = SdkClientBuilders.builderFor(type);
        builder.region(Region.of(region))
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIATESTTESTTEST0001", "test-secret-not-real")));
        if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
            sync.httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(5)).build());
        }
        if (builder instanceof S3ClientBuilder s3) {
            s3.forcePathStyle(true);
        }
        builder.overrideConfiguration(ClientOverrideConfiguration.builder()
                .retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry())
                .apiCallTimeout(Duration.ofSeconds(10))
                .build());
        return builder.build();
    }
}
