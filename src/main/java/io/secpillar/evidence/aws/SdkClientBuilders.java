package io.secpillar.evidence.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;

/** Finds the builder of an SDK client type; every generated client has a static {@code builder()}. */
public final class SdkClientBuilders {

    private SdkClientBuilders() {
    }

    @SuppressWarnings("unchecked")
    public static <C extends SdkClient> AwsClientBuilder<?, C> builderFor(Class<C> type) {
        try {
            return (AwsClientBuilder<?, C>) type.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " is not an AWS SDK v2 client", e);
        }
    }
}
