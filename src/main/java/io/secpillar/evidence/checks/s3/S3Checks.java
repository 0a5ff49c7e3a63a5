package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The S3 checks, listed explicitly, and the collector of the inventory they read. */
public final class S3Checks {

    private S3Checks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
