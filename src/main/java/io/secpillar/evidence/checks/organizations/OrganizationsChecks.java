package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Check;

import java.util.List;

/** The AWS Organizations checks, listed explicitly (global). */
public final class OrganizationsChecks {

    private OrganizationsChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new OrganizationsAccountPartOfOrganizations(), new OrganizationsScpInUse());
    }
}
