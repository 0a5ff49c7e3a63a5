package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.rds.RdsInventory;
import io.secpillar.evidence.aws.rds.RdsSnapshot;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBSnapshot;

import java.util.List;

/** In-memory RDS inventories for check tests. */
final class RdsState {

    static final Target REGION = new Target("audit", "111122223333", "eu-west-1");

    static RdsInventory instances(DBInstance... instances) {
        return new RdsInventory(Fetched.ok(List.of(instances), "rds:DescribeDBInstances"), denied("rds:DescribeDBSnapshots"));
    }

    static RdsInventory snapshots(RdsSnapshot... snapshots) {
        return new RdsInventory(denied("rds:DescribeDBInstances"), Fetched.ok(List.of(snapshots), "rds:DescribeDBSnapshots"));
    }

    static RdsInventory refused() {
        return new RdsInventory(denied("rds:DescribeDBInstances"), denied("rds:DescribeDBSnapshots"));
    }

    static DBInstance.Builder db(String id) {
        return DBInstance.builder().dbInstanceIdentifier(id).engine("postgres")
                .dbInstanceArn("arn:aws:rds:eu-west-1:111122223333:db:" + id);
    }

    static RdsSnapshot snapshot(String id, Fetched<List<String>> restorableBy) {
        return new RdsSnapshot(DBSnapshot.builder().dbSnapshotIdentifier(id).snapshotType("manual")
                .dbSnapshotArn("arn:aws:rds:eu-west-1:111122223333:snapshot:" + id).build(), restorableBy);
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDenied: not authorized");
    }
}
