package io.secpillar.evidence.scan;

import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Objects;

/**
 * One account of a scan: the profile that reaches it, its account id, the regions to scan, and the regions
 * that were asked for but are not enabled for it (reported as could-not-assess without calling AWS).
 */
public record AccountScope(String profile, String accountId, List<String> regions, List<String> regionsNotEnabled) {

    public static final String PREFERRED_HOME_REGION = "us-east-1";

    public AccountScope {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(accountId, "accountId");
        regions = List.copyOf(regions);
        regionsNotEnabled = List.copyOf(regionsNotEnabled);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("an account scope needs at least one region");
        }
    }

    public AccountScope(String profile, String accountId, List<String> regions) {
        this(profile, accountId, regions, List.of());
    }

    /** The region global services are called in: us-east-1 when it is selected, else the first selected one. */
    public String homeRegion() {
        return regions.contains(PREFERRED_HOME_REGION) ? PREFERRED_HOME_REGION : regions.get(0);
    }

    public Target target(String region) {
        return new Target(profile, accountId, region);
    }
}
