package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The AWS Organizations checks, listed explicitly, and the collector of the inventory they read (global). */
public final class OrganizationsChecks {

    private OrganizationsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new OrganizationsAccountPartOfOrganizations(), new OrganizationsScpInUse());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new OrganizationsCollector());
    }
}
