package io.secpillar.report;

import io.secpillar.evidence.EvidenceRunInfo;

import java.util.List;
import java.util.Optional;

/**
 * The evidence behind the report: every run made for the workload (newest first), the one whose results the
 * report uses, all its results (grouped by check, failing first), and the permissions that were missing.
 */
public record EvidenceAppendix(List<EvidenceRunInfo> runs, Optional<EvidenceRunInfo> usedRun,
                               List<EvidenceLine> results, List<MissingPermission> missingPermissions) {
    public EvidenceAppendix {
        runs = List.copyOf(runs);
        results = List.copyOf(results);
        missingPermissions = List.copyOf(missingPermissions);
    }

    public boolean hasRun() {
        return usedRun.isPresent();
    }
}
