package io.secpillar.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The start of a run, as stored before the first result: what it covers and which checks it runs. */
public record NewEvidenceRun(Optional<Long> workloadId, List<String> profiles, List<String> accountIds,
                             List<String> regions, String catalogVersion, Instant startedAt, List<CheckInfo> checks) {

    public NewEvidenceRun {
        profiles = List.copyOf(profiles);
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
        checks = List.copyOf(checks);
    }
}
