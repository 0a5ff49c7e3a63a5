package io.secpillar.assessment;

import java.time.Instant;
import java.util.List;

/** A client system under review: who it belongs to, where it runs, and who owns the review. */
public record Workload(long id, String name, String client, String description, Environment environment,
                       List<String> accountIds, List<String> regions, String reviewOwner,
                       Instant createdAt, Instant updatedAt) {

    public Workload {
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
    }

    public WorkloadDraft draft() {
        return new WorkloadDraft(name, client, description, environment, accountIds, regions, reviewOwner);
    }
}
