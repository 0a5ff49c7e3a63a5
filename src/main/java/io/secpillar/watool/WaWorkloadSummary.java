package io.secpillar.watool;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A workload as ListWorkloads shows it: its id, name, owner (account), last update and lenses. */
public record WaWorkloadSummary(String id, String name, String owner, Optional<Instant> updatedAt,
                                List<String> lenses) {

    public WaWorkloadSummary {
        lenses = List.copyOf(lenses);
    }
}
