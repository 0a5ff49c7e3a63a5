package io.secpillar.evidence.aws.rds;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.rds.model.DBSnapshot;

import java.util.List;

/**
 * A manual DB snapshot and the accounts allowed to restore it (its "restore" attribute): account ids, or
 * "all" when the snapshot is public.
 */
public record RdsSnapshot(DBSnapshot snapshot, Fetched<List<String>> restorableBy) {
}
