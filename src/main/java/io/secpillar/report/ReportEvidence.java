package io.secpillar.report;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.port.EvidenceRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence a report rests on: the workload's runs (newest first), the run it uses and that run's findings,
 * plus the catalog's metadata for check titles, operations and remediation, and, for an organization run, where
 * each account sits (name and OU), by account id.
 */
public record ReportEvidence(List<EvidenceRunInfo> runs, Optional<EvidenceRunInfo> used, List<Finding> findings,
                             Map<String, CheckMetadata> checks, Map<String, AccountPlacement> placements) {

    public ReportEvidence {
        runs = List.copyOf(runs);
        findings = List.copyOf(findings);
        checks = Map.copyOf(checks);
        placements = Map.copyOf(placements);
    }

    public ReportEvidence(List<EvidenceRunInfo> runs, Optional<EvidenceRunInfo> used, List<Finding> findings,
                          Map<String, CheckMetadata> checks) {
        this(runs, used, findings, checks, Map.of());
    }

    /** The same evidence with the accounts' names and OUs, as an organization scan knows them. */
    public ReportEvidence withPlacements(Map<String, AccountPlacement> byAccountId) {
        return new ReportEvidence(runs, used, findings, checks, byAccountId);
    }

    public static ReportEvidence none(Map<String, CheckMetadata> checks) {
        return new ReportEvidence(List.of(), Optional.empty(), List.of(), checks);
    }

    /**
     * Reads the runs of the workload from the store, when there is one. The newest completed run is used; if no
     * run completed, the newest run (its partial results are then marked by its state in the appendix).
     */
    public static ReportEvidence load(Optional<EvidenceRepository> store, long workloadId,
                                      Map<String, CheckMetadata> checks) {
        if (store.isEmpty()) {
            return none(checks);
        }
        List<EvidenceRunInfo> runs = store.get().runsForWorkload(workloadId);
        Optional<EvidenceRunInfo> used = runs.stream()
                .filter(r -> r.state() == EvidenceRunInfo.State.COMPLETED).findFirst()
                .or(() -> runs.stream().findFirst());
        List<Finding> findings = used.map(r -> store.get().findings(r.id())).orElse(List.of());
        return new ReportEvidence(runs, used, findings, checks);
    }
}
