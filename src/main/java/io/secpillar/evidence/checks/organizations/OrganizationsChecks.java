package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Organizations checks, listed explicitly, and the collector of the inventory they read. */
public final class OrganizationsChecks {

    private OrganizationsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
