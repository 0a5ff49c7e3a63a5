package io.secpillar.assessment.milestone;

import io.secpillar.questionnaire.RiskCounts;

import java.time.Instant;

/** One point of the risk chart: a milestone (or now) with its risk counts. */
public record RiskPoint(String label, Instant at, RiskCounts counts, boolean current) {
}
