package io.secpillar.evidence.aws.rds;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.rds.RdsInventory;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbInstance;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbSnapshot;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBSnapshot;

import java.util.List;

import static io.secpillar.evidence.inventory.rds.RdsInventory.*;

/** Reads every page of DB instances and manual DB snapshots, then each snapshot's restore attribute. */
public final class RdsInventoryCollector implements InventoryCollector<RdsInventory> {

    /** The largest page RDS Describe calls accept. */
    static final int PAGE = 100;

    @Override
    public Class<RdsInventory> type() {
        return RdsInventory.class;
    }

    @Override
    public RdsInventory collect(AwsClients clients, Target target) {
        RdsClient rds = clients.client(RdsClient.class, target.region());
        var instances = AwsCalls.fetch(DESCRIBE_DB_INSTANCES, () -> rds
                .describeDBInstancesPaginator(r -> r.maxRecords(PAGE)).dbInstances().stream()
                .map(RdsInventoryCollector::instance).toList());
        var snapshots = AwsCalls.fetch(DESCRIBE_DB_SNAPSHOTS, () -> rds
                .describeDBSnapshotsPaginator(r -> r.snapshotType("manual").maxRecords(PAGE)).dbSnapshots().stream()
                .toList());
        return new RdsInventory(instances, snapshots.map(list -> list.stream().map(s -> withAccess(rds, s)).toList()));
    }

    private static DbInstance instance(DBInstance db) {
        return new DbInstance(db.dbInstanceArn(), db.dbInstanceIdentifier(), db.engine(), db.storageEncrypted(),
                db.publiclyAccessible(), db.autoMinorVersionUpgrade(), db.toString());
    }

    private static DbSnapshot withAccess(RdsClient rds, DBSnapshot snapshot) {
        Fetched<List<String>> restorableBy = AwsCalls.fetch(DESCRIBE_DB_SNAPSHOT_ATTRIBUTES, () -> rds
                .describeDBSnapshotAttributes(r -> r.dbSnapshotIdentifier(snapshot.dbSnapshotIdentifier()))
                .dbSnapshotAttributesResult().dbSnapshotAttributes().stream()
                .filter(a -> "restore".equals(a.attributeName()))
                .flatMap(a -> a.attributeValues().stream()).toList());
        // the proof keeps the form earlier runs recorded: the snapshot as AWS described it, then the restore read
        return new DbSnapshot(snapshot.dbSnapshotArn(), snapshot.dbSnapshotIdentifier(), restorableBy,
                "RdsSnapshot[snapshot=" + snapshot + ", restorableBy=" + restorableBy + "]");
    }
}
