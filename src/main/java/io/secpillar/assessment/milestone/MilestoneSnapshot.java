package io.secpillar.assessment.milestone;

import io.secpillar.pillar.LensRef;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review at one moment, as a milestone keeps it: answers (with notes and not-applicable reasons), the risk of
 * each question and the counts, the evidence summary of the run it was taken with, and the attachment list.
 * Also built for "now", so that a milestone compares with the current review the same way as with another one.
 */
public record MilestoneSnapshot(String name, String note, Instant takenAt, String takenBy, LensRef lens,
                                Map<String, Answer> answers, Map<String, QuestionRisk> risks, RiskCounts counts,
                                Optional<EvidenceSummary> evidence, List<ListedAttachment> attachments) {

    /** An attachment as listed in a milestone (the file itself stays in the store while it is attached). */
    public record ListedAttachment(String questionId, String choiceId, String practiceLabel, String kind, String name,
                                   long size, String sha256, String link) { }

    public MilestoneSnapshot {
        answers = Map.copyOf(answers);
        risks = Map.copyOf(risks);
        attachments = List.copyOf(attachments);
    }

    public QuestionRisk risk(String questionId) {
        return risks.getOrDefault(questionId, QuestionRisk.UNANSWERED);
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }
}
