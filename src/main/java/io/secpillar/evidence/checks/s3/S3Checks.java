package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.s3.S3InventoryCollector;

import java.util.List;

/** The S3 checks, listed explicitly, and the collector of the inventory they read. */
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

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new S3InventoryCollector());
    }
}
