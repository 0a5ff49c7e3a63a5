package io.secpillar.evidence.inventory.rds;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * What RDS says about one account in one region: its DB instances and its manual DB snapshots with who may
 * restore them. Automated snapshots are left out: AWS never lets them be shared.
 */
public record RdsInventory(Fetched<List<DbInstance>> instances, Fetched<List<DbSnapshot>> manualSnapshots) {

    public static final String DESCRIBE_DB_INSTANCES = "rds:DescribeDBInstances";
    public static final String DESCRIBE_DB_SNAPSHOTS = "rds:DescribeDBSnapshots";
    public static final String DESCRIBE_DB_SNAPSHOT_ATTRIBUTES = "rds:DescribeDBSnapshotAttributes";

    /** A DB instance's security-relevant flags as RDS gave them (null where left out) and its description. */
    public record DbInstance(String arn, String identifier, String engine, Boolean storageEncrypted,
                             Boolean publiclyAccessible, Boolean autoMinorVersionUpgrade, String proof) {
    }

    /**
     * A manual DB snapshot and the accounts allowed to restore it (its "restore" attribute): account ids, or
     * "all" when the snapshot is public. {@code proof} shows the snapshot and that attribute as AWS gave them.
     */
    public record DbSnapshot(String arn, String identifier, Fetched<List<String>> restorableBy, String proof) {
    }
}
