package io.secpillar.assessment.handover;

import io.secpillar.assessment.Workload;

/** A finished import: the workload as it now is here, whether it came in as a copy, and what the file held. */
public record ImportResult(Workload workload, boolean asCopy, ImportPreview contents) {
}
