package io.secpillar.evidence.scan;

import java.util.List;
import java.util.Optional;

/** What the user asked to scan: profiles, regions, and the workload the run belongs to (if any). */
public record ScanRequest(List<String> profiles, RegionSelection regions, Optional<Long> workloadId) {
    public ScanRequest {
        profiles = profiles.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }
}
