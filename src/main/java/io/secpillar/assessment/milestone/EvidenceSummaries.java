package io.secpillar.assessment.milestone;

import io.secpillar.assessment.PracticeEvidenceSummarizer;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums up an evidence run for a milestone: counts and the verdict per practice that has evidence. */
final class EvidenceSummaries {

    private EvidenceSummaries() {
    }

    static EvidenceSummary of(EvidenceRunInfo run, List<EvidenceResult> results, CheckMapping mapping) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        new PracticeEvidenceSummarizer(mapping).summarizeAll(run.id(), results).forEach((label, evidence) -> {
            if (evidence.hasEvidence()) {
                verdicts.put(label, evidence.verdict().name());
            }
        });
        return new EvidenceSummary(run.id(), run.startedAt(), run.endedAt(), run.state().name(),
                count(results, Status.PASS), count(results, Status.FAIL), count(results, Status.NOT_APPLICABLE),
                count(results, Status.COULD_NOT_ASSESS), verdicts);
    }

    private static int count(List<EvidenceResult> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
