package io.secpillar.pillar;

/** A lens risk rule: when its condition holds for the chosen answers, the question has this risk. */
public record RiskRule(Condition condition, LensRisk risk) {
}
