package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.rds.RdsInventory;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbInstance;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbSnapshot;

import java.util.List;

/** In-memory RDS inventories for check tests. */
final class RdsState {

    static final Target REGION = new Target("audit", "111122223333", "eu-west-1");

    static RdsInventory instances(DbInstance... instances) {
        return new RdsInventory(Fetched.ok(List.of(instances), "rds:DescribeDBInstances"), denied("rds:DescribeDBSnapshots"));
    }

    static RdsInventory snapshots(DbSnapshot... snapshots) {
        return new RdsInventory(denied("rds:DescribeDBInstances"), Fetched.ok(List.of(snapshots), "rds:DescribeDBSnapshots"));
    }

    static RdsInventory refused() {
        return new RdsInventory(denied("rds:DescribeDBInstances"), denied("rds:DescribeDBSnapshots"));
    }

    /** A postgres instance whose storage-encrypted, publicly-accessible and minor-upgrade flags are as given. */
    static DbInstance db(String id, Boolean encrypted, Boolean publiclyAccessible, Boolean minorUpgrades) {
        return new DbInstance("arn:aws:rds:eu-west-1:111122223333:db:" + id, id, "postgres", encrypted,
                publiclyAccessible, minorUpgrades, "instance " + id);
    }

    static DbSnapshot snapshot(String id, Fetched<List<String>> restorableBy) {
        return new DbSnapshot("arn:aws:rds:eu-west-1:111122223333:snapshot:" + id, id, restorableBy, "snapshot " + id);
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDenied: not authorized");
    }
}
