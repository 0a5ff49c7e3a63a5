package io.secpillar.evidence.scan;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.Target;

import java.util.List;

/**
 * The smallest piece of scan work: one inventory collected for one account in one place (a region, or
 * "global" for global services), then evaluated by every check that reads it. A unit for a region the
 * account has not enabled collects nothing and reports its checks as could-not-assess.
 */
public record ScanUnit(AccountScope account, String place, Class<?> inventoryType, List<Check<?>> checks,
                       boolean regionEnabled) {

    public ScanUnit {
        checks = List.copyOf(checks);
    }

    /** The target the checks report against: region "global" for global services. */
    public Target target() {
        return account.target(place);
    }
}
