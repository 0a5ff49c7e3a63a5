package io.secpillar.evidence.checks.secretsmanager;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory;

import java.util.List;
import java.util.Map;

/** Each secret rotates automatically, so a leaked value stops working without anyone remembering to change it. */
public final class SecretsmanagerAutomaticRotationEnabled extends InventoryCheck<SecretsManagerInventory> {

    public SecretsmanagerAutomaticRotationEnabled() {
        super(regional("secretsmanager_automatic_rotation_enabled", "Secrets rotate automatically", "secretsmanager",
                Severity.MEDIUM, SecretsManagerInventory.OPERATIONS, "Turn on rotation for the secret with a "
                + "rotation function (managed rotation for RDS, Redshift and DocumentDB credentials) and a schedule "
                + "that matches its risk, e.g. every 30 to 90 days."));
    }

    @Override
    public List<Finding> evaluate(SecretsManagerInventory inventory, Target target) {
        return perResource(inventory.secrets(), target, "secrets", s -> finding(target, s.arn(),
                passIf(s.rotationEnabled(), "Secret " + s.name() + (s.rotationEnabled() ? " rotates automatically"
                        + s.rotateEveryDays().map(d -> " every " + d + " days.").orElse(".")
                        : " does not rotate automatically."), Map.of("RotationEnabled",
                        String.valueOf(s.rotationEnabled())), s.proof())));
    }
}
