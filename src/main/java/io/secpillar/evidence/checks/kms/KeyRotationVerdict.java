package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.kms.KmsInventory.KmsKey;

import java.util.Map;

/**
 * Judges one customer-managed key: could-not-assess when it could not be described or its rotation read,
 * not-applicable when automatic rotation does not exist for it, else whether rotation is on.
 */
final class KeyRotationVerdict {

    private KeyRotationVerdict() {
    }

    static Finding judge(CheckMetadata metadata, KmsKey key, Target target) {
        String arn = key.entry().keyArn();
        if (!key.metadata().isOk()) {
            return key.metadata().couldNotAssess(metadata.id(), target, arn);
        }
        var meta = key.metadata().value();
        if (key.rotation().isEmpty()) {
            return new Finding(metadata.id(), Status.NOT_APPLICABLE, target.accountId(), target.region(), arn,
                    "Automatic rotation does not apply: " + KmsInventory.whyNotRotatable(meta).orElse("unknown")
                            + ".", Map.of("KeyState", meta.keyStateAsString()), "DescribeKey: " + meta);
        }
        var rotation = key.rotation().get();
        if (!rotation.isOk()) {
            return rotation.couldNotAssess(metadata.id(), target, arn);
        }
        boolean on = Boolean.TRUE.equals(rotation.value().keyRotationEnabled());
        return new Finding(metadata.id(), on ? Status.PASS : Status.FAIL, target.accountId(), target.region(), arn,
                on ? rotates(rotation.value().rotationPeriodInDays())
                        : "The key never rotates its key material.", Map.of("KeyRotationEnabled", String.valueOf(on)),
                "GetKeyRotationStatus: " + rotation.value());
    }

    /** KMS leaves the period out for keys that rotate on the yearly default, and for older answers. */
    private static String rotates(Integer periodInDays) {
        return periodInDays == null ? "Automatic rotation is on." : "The key rotates every " + periodInDays + " days.";
    }
}
