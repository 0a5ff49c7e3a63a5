package io.secpillar.report;

import java.util.List;

/**
 * A check that could not assess some resources: the read-only operations it needs, the reason reported, and
 * how many results (in which accounts and regions) it left undecided.
 */
public record MissingPermission(String checkId, String checkTitle, List<String> operations, String reason,
                                List<String> accountIds, List<String> regions, int results) {
    public MissingPermission {
        operations = List.copyOf(operations);
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
    }
}
