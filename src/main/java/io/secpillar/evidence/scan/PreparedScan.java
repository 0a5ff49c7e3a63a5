package io.secpillar.evidence.scan;


import java.util.List;
import java.util.Optional;

/** A scan ready to run: the resolved accounts and regions, and what the user should know before it starts. */
public record PreparedScan(ScanPlan plan, Optional<Long> workloadId, List<String> warnings) {
    public PreparedScan {
        warnings = List.copyOf(warnings);
    }
}
