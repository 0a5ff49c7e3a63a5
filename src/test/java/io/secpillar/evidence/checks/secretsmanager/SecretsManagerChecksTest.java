package io.secpillar.evidence.checks.secretsmanager;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory.Secret;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsManagerChecksTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final Instant SCAN = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant CREATED = Instant.parse("2025-01-10T08:00:00Z");

    static Secret secret(String name, boolean rotating, Instant lastRotated, Instant next, Instant lastAccessed) {
        return new Secret(name, "arn:aws:secretsmanager:eu-west-1:111122223333:secret:" + name + "-AbCdEf", CREATED,
                rotating, rotating ? Optional.of(30) : Optional.empty(), Optional.ofNullable(lastRotated),
                Optional.ofNullable(next), Optional.ofNullable(lastAccessed), "SecretListEntry(Name=" + name + ")");
    }

    static SecretsManagerInventory of(Secret... secrets) {
        return new SecretsManagerInventory(SCAN, Fetched.ok(List.of(secrets), SecretsManagerInventory.LIST_SECRETS));
    }

    static final Secret FRESH = secret("db/app", true, Instant.parse("2026-02-20T00:00:00Z"),
            Instant.parse("2026-03-22T00:00:00Z"), Instant.parse("2026-02-28T00:00:00Z"));
    static final Secret STALLED = secret("db/reporting", true, Instant.parse("2025-11-01T00:00:00Z"), null,
            Instant.parse("2025-11-15T00:00:00Z"));
    static final Secret STATIC = secret("api/partner", false, null, null, null);

    @Test
    void rotationEnabledPassesAndFails() {
        assertThat(new SecretsmanagerAutomaticRotationEnabled().evaluate(of(FRESH, STATIC), EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
    }

    @Test
    void aRotationMoreThanADayOverdueFailsAndAStaticSecretIsNotJudged() {
        var findings = new SecretsmanagerSecretRotatedWithinSchedule().evaluate(of(FRESH, STALLED, STATIC), EU);

        assertThat(findings).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL, Status.NOT_APPLICABLE);
        assertThat(findings.get(1).reason()).contains("was due for rotation on 2025-12-01T00:00:00Z");
        assertThat(findings.get(1).observed()).containsEntry("ScanTime", SCAN.toString());
    }

    @Test
    void aSecretUnreadFor90DaysBeforeTheScanFails() {
        var findings = new SecretsmanagerSecretUnused().evaluate(of(FRESH, STALLED, STATIC), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(findings.get(2).reason()).contains("has not been read since its creation on 2025-01-10");
    }

    @Test
    void notApplicableWithoutSecretsAndCouldNotAssessWhenRefused() {
        assertThat(new SecretsmanagerSecretUnused().evaluate(of(), EU).get(0).status())
                .isEqualTo(Status.NOT_APPLICABLE);
        var refused = new SecretsManagerInventory(SCAN, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                SecretsManagerInventory.LIST_SECRETS, ""));
        assertThat(new SecretsmanagerAutomaticRotationEnabled().evaluate(refused, EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("secretsmanager:ListSecrets");
                });
        assertThat(new SecretsmanagerSecretRotatedWithinSchedule().evaluate(refused, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
