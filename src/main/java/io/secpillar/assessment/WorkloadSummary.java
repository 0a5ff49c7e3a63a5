package io.secpillar.assessment;

import io.secpillar.questionnaire.RiskCounts;

/** A line of the workload list: the workload with its progress and risk counts. */
public record WorkloadSummary(Workload workload, String lensName, int questions, RiskCounts counts) {
    public int answered() {
        return counts.answered();
    }
}
