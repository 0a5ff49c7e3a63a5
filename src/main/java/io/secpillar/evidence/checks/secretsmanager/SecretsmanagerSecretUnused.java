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

/** Each secret was read in the 90 days before the scan (or is younger than that); an unused one is only a risk. */
public final class SecretsmanagerSecretUnused extends InventoryCheck<SecretsManagerInventory> {

    private static final Duration UNUSED = Duration.ofDays(90);

    public SecretsmanagerSecretUnused() {
        super(regional("secretsmanager_secret_unused", "Secrets were used in the last 90 days", "secretsmanager",
                Severity.LOW, SecretsManagerInventory.OPERATIONS, "Confirm with the owner that nothing needs the "
                + "secret, revoke the credential it holds at its source, then delete the secret (with a recovery "
                + "window)."));
    }

    @Override
    public List<Finding> evaluate(SecretsManagerInventory inventory, Target target) {
        Instant cutoff = inventory.collectedAt().minus(UNUSED);
        return perResource(inventory.secrets(), target, "secrets", s -> {
            Instant lastUse = s.lastAccessed().orElse(s.created());
            boolean used = lastUse.isAfter(cutoff);
            String last = s.lastAccessed().map(Instant::toString).orElse("never");
            return finding(target, s.arn(), passIf(used, "Secret " + s.name() + (used ? " was last read on " + last
                    : " has not been read since " + (s.lastAccessed().isPresent() ? last : "its creation on "
                    + s.created())) + ".", Map.of("LastAccessedDate", last, "CreatedDate", s.created().toString(),
                    "ScanTime", inventory.collectedAt().toString()), s.proof()));
        });
    }
}
