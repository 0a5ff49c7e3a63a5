package io.secpillar.evidence.scan;

import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Status;

import java.util.Map;
import java.util.Optional;

/**
 * How a scan ended: completed, cancelled or failed (e.g. the store refused the results), how many units ran,
 * and the findings per status.
 */
public record ScanOutcome(EvidenceRunInfo.State state, int unitsDone, int unitsTotal, Map<Status, Integer> counts,
                          Optional<String> error) {

    public ScanOutcome {
        counts = Map.copyOf(counts);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
