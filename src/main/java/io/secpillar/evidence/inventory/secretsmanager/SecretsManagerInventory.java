package io.secpillar.evidence.inventory.secretsmanager;

import io.secpillar.evidence.Fetched;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The secrets of one region as ListSecrets describes them (names, rotation and access dates; never a value),
 * and when they were read, so that ages are measured against the scan's clock.
 */
public record SecretsManagerInventory(Instant collectedAt, Fetched<List<Secret>> secrets) {

    public static final String LIST_SECRETS = "secretsmanager:ListSecrets";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_SECRETS);

    /**
     * A secret's metadata.
     *
     * @param rotateEveryDays  AutomaticallyAfterDays of its rotation rules, when set
     * @param nextRotation     when Secrets Manager plans the next rotation, when it says
     * @param lastAccessed     the day it was last read (AWS keeps only the date)
     * @param proof            the ListSecrets entry as AWS gave it
     */
    public record Secret(String name, String arn, Instant created, boolean rotationEnabled,
                         Optional<Integer> rotateEveryDays, Optional<Instant> lastRotated,
                         Optional<Instant> nextRotation, Optional<Instant> lastAccessed, String proof) {

        /** When the next rotation is due: as AWS planned it, else the last rotation (or creation) plus the period. */
        public Optional<Instant> rotationDue() {
            return nextRotation.or(() -> rotateEveryDays.map(d -> lastRotated.orElse(created)
                    .plus(Duration.ofDays(d))));
        }
    }
}
