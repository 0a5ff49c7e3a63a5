package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.rds.RdsInventory;
import io.secpillar.evidence.checks.rds.InstanceFindings.Verdict;
import software.amazon.awssdk.services.rds.model.DBInstance;

import java.util.List;
import java.util.Map;

/** Every DB instance encrypts its storage, automated backups, read replicas and snapshots. */
public final class RdsInstanceStorageEncrypted implements Check<RdsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("rds_instance_storage_encrypted",
            "RDS DB instances encrypt their storage", "rds", Scope.REGIONAL, Severity.MEDIUM,
            List.of(RdsInventory.DESCRIBE_DB_INSTANCES),
            "Storage encryption is chosen at creation: snapshot the instance, copy the snapshot with a KMS key, restore "
                    + "from the encrypted copy and switch clients over. Aurora clusters are handled the same way.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<RdsInventory> inventoryType() {
        return RdsInventory.class;
    }

    @Override
    public List<Finding> evaluate(RdsInventory inventory, Target target) {
        return InstanceFindings.perResource(METADATA.id(), inventory.instances(), target, "DB instances",
                DBInstance::dbInstanceArn, this::judge);
    }

    private Verdict judge(DBInstance db) {
        boolean pass = Boolean.TRUE.equals(db.storageEncrypted());
        Map<String, String> observed = Map.of("StorageEncrypted", String.valueOf(db.storageEncrypted()),
                "engine", String.valueOf(db.engine()));
        String name = "DB instance " + db.dbInstanceIdentifier();
        return pass ? new Verdict(Status.PASS, name + " encrypts its storage.", observed)
                : new Verdict(Status.FAIL, name + " does not encrypt its storage.", observed);
    }
}
