package io.secpillar.report;

import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.RiskCounts;

import java.util.List;
import java.util.Map;

/**
 * The first pages a client reads: the risk counts, the high-risk questions, the missing practices per level and
 * what the evidence found overall.
 *
 * @param evidenceRun true when an evidence run exists for this workload; otherwise the tally is empty
 */
public record ExecutiveSummary(RiskCounts counts, List<QuestionSection> highRiskQuestions,
                               Map<PracticeLevel, Integer> missingByLevel, boolean evidenceRun,
                               EvidenceTally evidence) {
    public ExecutiveSummary {
        highRiskQuestions = List.copyOf(highRiskQuestions);
        missingByLevel = Map.copyOf(missingByLevel);
    }
}
