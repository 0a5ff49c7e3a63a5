package io.secpillar.watool;

import java.util.List;

/**
 * A workload's details as the WA Tool keeps them (GetWorkload), or as CreateWorkload sends them ({@code id} empty).
 * {@code environment} is the Tool's word, {@code PRODUCTION} or {@code PREPRODUCTION}.
 */
public record WaWorkload(String id, String name, String description, String environment, List<String> accountIds,
                         List<String> regions, String reviewOwner, List<String> lenses) {

    public WaWorkload {
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
        lenses = List.copyOf(lenses);
        description = description == null ? "" : description;
        reviewOwner = reviewOwner == null ? "" : reviewOwner;
    }
}
