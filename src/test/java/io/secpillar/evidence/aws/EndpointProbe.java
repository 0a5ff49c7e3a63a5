package io.secpillar.evidence.aws;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Run in a child JVM by {@link EndpointEnvironmentVariablesTest}: a test cannot change its own environment, so
 * the AWS_* variables are given to this process instead. It uses the real {@link DefaultAwsAccess#fromSystem}.
 */
public final class EndpointProbe {

    private EndpointProbe() {
    }

    public static void main(String[] args) {
        try (DefaultAwsAccess access = DefaultAwsAccess.fromSystem(MfaCodeProvider.none())) {
            String profile = access.defaultProfile().orElseThrow();
            // STS and S3 only: the EC2 client of Test connection would double this JVM's start-up time
            String account = access.clients(profile).client(StsClient.class, "eu-west-1").getCallerIdentity().account();
            System.out.println("profile=" + profile + " account=" + account);
            try {
                access.clients(profile).client(S3Client.class, "eu-west-1")
                        .getBucketEncryption(b -> b.bucket("client-logs"));
            } catch (RuntimeException expected) {
                // the double answers 404; the request's address is what the test checks
            }
        }
    }
}
