package io.secpillar.evidence.checks.secretsmanager;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Each rotating secret rotated on time: a failing rotation function leaves rotation "enabled" but the value old. */
public final class SecretsmanagerSecretRotatedWithinSchedule extends InventoryCheck<SecretsManagerInventory> {

    private static final Duration GRACE = Duration.ofDays(1); // a rotation window lasts up to a day

    public SecretsmanagerSecretRotatedWithinSchedule() {
        super(regional("secretsmanager_secret_rotated_within_schedule", "Rotating secrets were rotated on schedule",
                "secretsmanager", Severity.MEDIUM, SecretsManagerInventory.OPERATIONS, "Look at the rotation "
                + "function's CloudWatch logs for the error, fix its permissions or network path to the database, "
                + "then rotate the secret immediately."));
    }

    @Override
    public List<Finding> evaluate(SecretsManagerInventory inventory, Target target) {
        Instant now = inventory.collectedAt();
        return perResource(inventory.secrets(), target, "secrets", s -> {
            if (!s.rotationEnabled()) {
                return finding(target, s.arn(), notApplicable("Secret " + s.name() + " does not rotate, so it has "
                        + "no schedule to keep.", Map.of("RotationEnabled", "false"), s.proof()));
            }
            var due = s.rotationDue();
            boolean late = due.filter(d -> d.plus(GRACE).isBefore(now)).isPresent();
            return finding(target, s.arn(), passIf(!late, "Secret " + s.name() + (late ? " was due for rotation on "
                    + due.get() + " and has not rotated since " : " is on schedule; last rotated ")
                    + s.lastRotated().map(Instant::toString).orElse("never") + ".", Map.of("LastRotatedDate",
                    s.lastRotated().map(Instant::toString).orElse("never"), "RotationDue",
                    due.map(Instant::toString).orElse("unknown"), "ScanTime", now.toString()), s.proof()));
        });
    }
}
