package io.secpillar.assessment.handover;

import io.secpillar.assessment.Workload;

import java.time.Instant;
import java.util.Optional;

/**
 * What a checked hand-over file holds, shown before it is imported: the workload, who exported it and when, how
 * much it carries, and the workload of this data directory with the same identity, if any (then the choice is
 * import as a copy, or merge).
 */
public record ImportPreview(String workloadName, String client, String exportedBy, Instant exportedAt,
                            String contentSha256, int answers, int milestones, int improvements, int attachments,
                            int evidenceRuns, int evidenceResults, int auditRecords, Optional<Workload> existing) {
}
