package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Severity;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbInstance;

import java.util.Locale;
import java.util.function.Function;

/**
 * A yes/no setting every RDS DB instance must have right, one constant per registration of {@link RdsInstance}:
 * the flag as RDS names it, the value that passes, and what the finding says either way.
 */
enum InstanceSetting {

    STORAGE_ENCRYPTED("RDS DB instances encrypt their storage", Severity.MEDIUM, "Storage encryption is chosen at "
            + "creation: snapshot the instance, copy the snapshot with a KMS key, restore from the encrypted copy and "
            + "switch clients over. Aurora clusters are handled the same way.", "StorageEncrypted",
            DbInstance::storageEncrypted, true, " encrypts its storage.", " does not encrypt its storage."),
    NO_PUBLIC_ACCESS("RDS DB instances are not publicly accessible", Severity.HIGH, "Set PubliclyAccessible to false "
            + "(ModifyDBInstance), place the instance in private subnets and reach it through the application tier, "
            + "a VPN or Session Manager port forwarding.", "PubliclyAccessible", DbInstance::publiclyAccessible, false,
            " is reachable only from inside its VPC.", " is publicly accessible (its endpoint resolves to a public IP)."),
    MINOR_VERSION_UPGRADE_ENABLED("RDS DB instances take minor engine upgrades automatically", Severity.LOW,
            "Turn on AutoMinorVersionUpgrade (ModifyDBInstance) and pick a maintenance window that suits the "
                    + "workload, so engine security fixes arrive without a manual change.", "AutoMinorVersionUpgrade",
            DbInstance::autoMinorVersionUpgrade, true, " takes minor engine upgrades automatically.",
            " waits for minor engine upgrades to be applied by hand.");

    final String title;
    final Severity severity;
    final String remediation;
    final String flag;
    private final Function<DbInstance, Boolean> value;
    private final boolean wanted;
    final String passes;
    final String fails;

    InstanceSetting(String title, Severity severity, String remediation, String flag,
                    Function<DbInstance, Boolean> value, boolean wanted, String passes, String fails) {
        this.title = title;
        this.severity = severity;
        this.remediation = remediation;
        this.flag = flag;
        this.value = value;
        this.wanted = wanted;
        this.passes = passes;
        this.fails = fails;
    }

    String idSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The flag as RDS gave it ("null" when left out). */
    String value(DbInstance db) {
        return String.valueOf(value.apply(db));
    }

    /** A flag RDS leaves out counts as false. */
    boolean passes(DbInstance db) {
        return Boolean.TRUE.equals(value.apply(db)) == wanted;
    }
}
