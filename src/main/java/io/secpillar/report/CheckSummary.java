package io.secpillar.report;

/** The results of one check within a question: its title and how its resources fared. */
public record CheckSummary(String checkId, String checkTitle, EvidenceTally tally) {
}
