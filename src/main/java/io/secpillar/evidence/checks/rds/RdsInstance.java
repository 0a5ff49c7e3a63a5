package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.rds.RdsInventory;

import java.util.List;
import java.util.Map;

/**
 * Every DB instance has one {@link InstanceSetting} right: registered for storage encryption, no public access and
 * automatic minor upgrades, as rds_instance_storage_encrypted, rds_instance_no_public_access and so on.
 */
public final class RdsInstance extends InventoryCheck<RdsInventory> {

    private final InstanceSetting setting;

    public RdsInstance(InstanceSetting setting) {
        super(regional("rds_instance_" + setting.idSuffix(), setting.title(), "rds", setting.severity(),
                List.of(RdsInventory.DESCRIBE_DB_INSTANCES), setting.remediation()));
        this.setting = setting;
    }

    @Override
    public List<Finding> evaluate(RdsInventory inventory, Target target) {
        return perResource(inventory.instances(), target, "DB instances", db -> finding(target, db.arn(),
                passIf(setting.passes(db), "DB instance " + db.identifier() + (setting.passes(db) ? setting.passes()
                        : setting.fails()), Map.of(setting.flag(), setting.valueOf(db), "engine",
                        String.valueOf(db.engine())), db.proof())));
    }
}
