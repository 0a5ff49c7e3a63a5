package io.secpillar.evidence.aws.rds;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.rds.model.DBInstance;

import java.util.List;

/**
 * What RDS says about one account in one region: its DB instances and its manual DB snapshots with who may
 * restore them. Automated snapshots are left out: AWS never lets them be shared.
 */
public record RdsInventory(Fetched<List<DBInstance>> instances, Fetched<List<RdsSnapshot>> manualSnapshots) {

    public static final String DESCRIBE_DB_INSTANCES = "rds:DescribeDBInstances";
    public static final String DESCRIBE_DB_SNAPSHOTS = "rds:DescribeDBSnapshots";
    public static final String DESCRIBE_DB_SNAPSHOT_ATTRIBUTES = "rds:DescribeDBSnapshotAttributes";
}
