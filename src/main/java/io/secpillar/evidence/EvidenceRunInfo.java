package io.secpillar.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One stored evidence run: what it covered and when. Runs are never overwritten. */
public record EvidenceRunInfo(long id, Optional<Long> workloadId, Instant startedAt, Optional<Instant> endedAt,
                             State state, List<String> profiles, List<String> accountIds, List<String> regions,
                             String catalogVersion) {

    public enum State { RUNNING, COMPLETED, CANCELLED, FAILED }

    public EvidenceRunInfo {
        profiles = List.copyOf(profiles);
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
    }
}
