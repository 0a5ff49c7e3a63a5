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

/** No DB instance has a public endpoint: databases are reached from inside the network only. */
public final class RdsInstanceNoPublicAccess implements Check<RdsInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("rds_instance_no_public_access",
            "RDS DB instances are not publicly accessible", "rds", Scope.REGIONAL, Severity.HIGH,
            List.of(RdsInventory.DESCRIBE_DB_INSTANCES),
            "Set PubliclyAccessible to false (ModifyDBInstance), place the instance in private subnets and reach it "
                    + "through the application tier, a VPN or Session Manager port forwarding.");

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
        boolean pass = !Boolean.TRUE.equals(db.publiclyAccessible());
        Map<String, String> observed = Map.of("PubliclyAccessible", String.valueOf(db.publiclyAccessible()),
                "engine", String.valueOf(db.engine()));
        String name = "DB instance " + db.dbInstanceIdentifier();
        return pass ? new Verdict(Status.PASS, name + " is reachable only from inside its VPC.", observed)
                : new Verdict(Status.FAIL, name + " is publicly accessible (its endpoint resolves to a public IP).",
                        observed);
    }
}
