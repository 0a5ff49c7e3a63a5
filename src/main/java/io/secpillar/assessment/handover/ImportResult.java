package io.secpillar.assessment.handover;

import io.secpillar.assessment.Workload;

/** A finished import: the workload as it now is here, and whether it came in as a copy. */
public record ImportResult(Workload workload, boolean asCopy, int auditRecords, int evidenceResults) {
}
