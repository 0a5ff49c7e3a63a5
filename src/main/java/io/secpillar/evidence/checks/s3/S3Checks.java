package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Check;

import java.util.List;

/** The S3 checks, listed explicitly. */
public final class S3Checks {

    private S3Checks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new S3AccountLevelPublicAccessBlocks(),
                new S3BucketLevelPublicAccessBlock(),
                new S3BucketDefaultEncryption(),
                new S3BucketSecureTransportPolicy(),
                new S3BucketObjectVersioning(),
                new S3BucketServerAccessLoggingEnabled(),
                new S3BucketAclProhibited());
    }
}
