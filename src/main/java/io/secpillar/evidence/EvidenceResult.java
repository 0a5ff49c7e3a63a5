package io.secpillar.evidence;

import java.util.List;

/** A stored finding with its check's description and the best practices (labels such as SEC08-BP02) it bears on. */
public record EvidenceResult(Finding finding, CheckInfo check, List<String> bestPractices) {

    public EvidenceResult {
        bestPractices = List.copyOf(bestPractices);
    }

    public static EvidenceResult of(Finding finding, CheckInfo check, CheckMapping mapping) {
        return new EvidenceResult(finding, check, List.copyOf(mapping.practicesFor(finding.checkId())));
    }

    public Status status() {
        return finding.status();
    }
}
