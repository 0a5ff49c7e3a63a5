package io.secpillar.report;

import io.secpillar.questionnaire.QuestionRisk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One question of the review: what was asked, each best practice with its status, the reviewers' notes,
 * the question's risk, and the evidence bearing on it (failing resources first).
 *
 * @param noneOfTheseSelected the reviewers said none of the practices is in place
 * @param answeredBy          who last changed the answer, empty when nobody answered
 */
public record QuestionSection(String label, String title, String description, QuestionRisk risk,
                              Optional<String> notApplicableReason, boolean noneOfTheseSelected, String notes,
                              List<PracticeLine> practices, List<CheckSummary> checks,
                              List<EvidenceLine> attention, Optional<String> answeredBy,
                              Optional<Instant> answeredAt) {

    public QuestionSection {
        practices = List.copyOf(practices);
        checks = List.copyOf(checks);
        attention = List.copyOf(attention);
    }

    /** Results of every check bearing on this question, added up. */
    public EvidenceTally evidenceTally() {
        return checks.stream().map(CheckSummary::tally).reduce(EvidenceTally.EMPTY, EvidenceTally::plus);
    }
}
