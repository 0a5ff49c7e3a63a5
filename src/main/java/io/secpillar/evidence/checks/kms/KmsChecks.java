package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.Check;

import java.util.List;

/** The KMS checks, listed explicitly. */
public final class KmsChecks {

    private KmsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new KmsCmkRotationEnabled());
    }
}
