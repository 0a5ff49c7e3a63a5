package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Severity;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbInstance;

import java.util.List;
import java.util.function.Function;

/**
 * A yes/no setting every RDS DB instance must have right, one per registration of {@link RdsInstance}: the flag as
 * RDS names it, the value that passes, and what the finding says either way.
 */
public record InstanceSetting(String idSuffix, String title, Severity severity, String remediation, String flag,
                              Function<DbInstance, Boolean> value, boolean wanted, String passes, String fails) {

    public static final InstanceSetting STORAGE_ENCRYPTED = new InstanceSetting("storage_encrypted",
            "RDS DB instances encrypt their storage", Severity.MEDIUM, "Storage encryption is chosen at creation: "
            + "snapshot the instance, copy the snapshot with a KMS key, restore from the encrypted copy and switch "
            + "clients over. Aurora clusters are handled the same way.", "StorageEncrypted",
            DbInstance::storageEncrypted, true, " encrypts its storage.", " does not encrypt its storage.");
    public static final InstanceSetting NO_PUBLIC_ACCESS = new InstanceSetting("no_public_access",
            "RDS DB instances are not publicly accessible", Severity.HIGH, "Set PubliclyAccessible to false "
            + "(ModifyDBInstance), place the instance in private subnets and reach it through the application tier, "
            + "a VPN or Session Manager port forwarding.", "PubliclyAccessible", DbInstance::publiclyAccessible, false,
            " is reachable only from inside its VPC.", " is publicly accessible (its endpoint resolves to a public IP).");
    public static final InstanceSetting MINOR_VERSION_UPGRADE_ENABLED = new InstanceSetting(
            "minor_version_upgrade_enabled", "RDS DB instances take minor engine upgrades automatically", Severity.LOW,
            "Turn on AutoMinorVersionUpgrade (ModifyDBInstance) and pick a maintenance window that suits the "
                    + "workload, so engine security fixes arrive without a manual change.", "AutoMinorVersionUpgrade",
            DbInstance::autoMinorVersionUpgrade, true, " takes minor engine upgrades automatically.",
            " waits for minor engine upgrades to be applied by hand.");

    /** Every registration, in catalog order. */
    public static final List<InstanceSetting> ALL = List.of(STORAGE_ENCRYPTED, NO_PUBLIC_ACCESS,
            MINOR_VERSION_UPGRADE_ENABLED);

    /** The flag as RDS gave it ("null" when left out). */
    String valueOf(DbInstance db) {
        return String.valueOf(value.apply(db));
    }

    /** A flag RDS leaves out counts as false. */
    boolean passes(DbInstance db) {
        return Boolean.TRUE.equals(value.apply(db)) == wanted;
    }
}
