package io.secpillar.evidence.aws.rds;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBSnapshot;

import static io.secpillar.evidence.aws.rds.RdsInventory.*;

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
                .describeDBInstancesPaginator(r -> r.maxRecords(PAGE)).dbInstances().stream().toList());
        var snapshots = AwsCalls.fetch(DESCRIBE_DB_SNAPSHOTS, () -> rds
                .describeDBSnapshotsPaginator(r -> r.snapshotType("manual").maxRecords(PAGE)).dbSnapshots().stream()
                .toList());
        return new RdsInventory(instances, snapshots.map(list -> list.stream().map(s -> withAccess(rds, s)).toList()));
    }

    private static RdsSnapshot withAccess(RdsClient rds, DBSnapshot snapshot) {
        return new RdsSnapshot(snapshot, AwsCalls.fetch(DESCRIBE_DB_SNAPSHOT_ATTRIBUTES, () -> rds
                .describeDBSnapshotAttributes(r -> r.dbSnapshotIdentifier(snapshot.dbSnapshotIdentifier()))
                .dbSnapshotAttributesResult().dbSnapshotAttributes().stream()
                .filter(a -> "restore".equals(a.attributeName()))
                .flatMap(a -> a.attributeValues().stream()).toList()));
    }
}
