package io.secpillar.evidence.aws.s3;

import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.TestAwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3control.S3ControlClient;

import java.net.URI;
import java.util.Set;

/**
 * Test clients on loopback, with one twist for S3 Control: the SDK always puts the account id in front of the
 * endpoint host ({@code 111122223333.localhost}), a name nothing resolves. So S3 Control requests go through
 * the local server used as an HTTP proxy: the request line carries that host untouched and no name is looked up.
 */
final class S3ControlThroughProxyClients implements AwsClients {

    private final TestAwsClients others;
    private final int port;

    S3ControlThroughProxyClients(int port) {
        this.others = new TestAwsClients("http://127.0.0.1:" + port);
        this.port = port;
    }

    @Override
    public <C extends SdkClient> C client(Class<C> type, String region) {
        if (type != S3ControlClient.class) {
            return others.client(type, region);
        }
        ProxyConfiguration proxy = ProxyConfiguration.builder().endpoint(URI.create("http://127.0.0.1:" + port))
                .nonProxyHosts(Set.of()).useSystemPropertyValues(false).useEnvironmentVariablesValues(false).build();
        return type.cast(S3ControlClient.builder()
                .region(Region.of(region))
                .endpointOverride(URI.create("http://localhost:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIATESTTESTTEST0001", "test-secret-not-real")))
                .httpClient(UrlConnectionHttpClient.builder().proxyConfiguration(proxy).build())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
                .build());
    }
}
