package io.secpillar.evidence.aws;

import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.s3control.endpoints.S3ControlEndpointParams;
import software.amazon.awssdk.services.s3control.endpoints.S3ControlEndpointProvider;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * S3 Control addresses {@code <account-id>.<endpoint host>}. Real AWS serves that name; a local emulator on
 * 127.0.0.1 cannot (and "123456789012.127.0.0.1" is not even a valid host name). When an endpoint is configured
 * for S3 Control we resolve as the SDK does and then drop the account label again.
 */
final class S3ControlEmulatorEndpoints implements S3ControlEndpointProvider {

    private final S3ControlEndpointProvider sdk = S3ControlEndpointProvider.defaultProvider();

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(S3ControlEndpointParams params) {
        return sdk.resolveEndpoint(params).thenApply(endpoint -> withoutAccount(endpoint, params.accountId()));
    }

    static Endpoint withoutAccount(Endpoint endpoint, String accountId) {
        URI url = endpoint.url();
        String authority = url.getRawAuthority();
        if (accountId == null || authority == null || !authority.startsWith(accountId + ".")) {
            return endpoint;
        }
        String rest = url.toString().replaceFirst(java.util.regex.Pattern.quote(accountId + "."), "");
        return endpoint.toBuilder().url(URI.create(rest)).build();
    }
}
