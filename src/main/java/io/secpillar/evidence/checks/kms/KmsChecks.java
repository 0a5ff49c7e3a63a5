package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The KMS checks, listed explicitly, and the collector of the (regional) inventory they read. */
public final class KmsChecks {

    private KmsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new KmsCmkRotationEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new KmsCollector());
    }
}
