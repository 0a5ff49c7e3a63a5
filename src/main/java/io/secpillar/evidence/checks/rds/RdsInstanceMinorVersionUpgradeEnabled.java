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

/** Every DB instance takes minor engine versions, which carry security fixes, in its maintenance window. */
public final class RdsInstanceMinorVersionUpgradeEnabled implements Check<RdsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("rds_instance_minor_version_upgrade_enabled",
            "RDS DB instances take minor engine upgrades automatically", "rds", Scope.REGIONAL, Severity.LOW,
            List.of(RdsInventory.DESCRIBE_DB_INSTANCES),
            "Turn on AutoMinorVersionUpgrade (ModifyDBInstance) and pick a maintenance window that suits the workload, "
                    + "so engine security fixes arrive without a manual change.");

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
        boolean pass = Boolean.TRUE.equals(db.autoMinorVersionUpgrade());
        Map<String, String> observed = Map.of("AutoMinorVersionUpgrade", String.valueOf(db.autoMinorVersionUpgrade()),
                "engine", String.valueOf(db.engine()));
        String name = "DB instance " + db.dbInstanceIdentifier();
        return pass ? new Verdict(Status.PASS, name + " takes minor engine upgrades automatically.", observed)
                : new Verdict(Status.FAIL, name + " waits for minor engine upgrades to be applied by hand.", observed);
    }
}
