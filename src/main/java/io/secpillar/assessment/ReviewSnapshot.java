package io.secpillar.assessment;

import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import io.secpillar.questionnaire.RiskEvaluator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A review as read at one moment: the workload, its lens edition and its answers. Risks and counts are
 * computed here from answers and rules, so they can never drift from what was answered.
 */
public record ReviewSnapshot(Workload workload, Review review, LoadedLens lens, Map<String, Answer> answers) {

    public ReviewSnapshot {
        answers = Map.copyOf(answers);
    }

    public List<Question> questions() {
        return lens.lens().questions();
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public QuestionRisk risk(String questionId) {
        return lens.lens().question(questionId)
                .map(q -> RiskEvaluator.riskOf(q, answer(questionId)))
                .orElse(QuestionRisk.UNANSWERED);
    }

    public RiskCounts counts() {
        return RiskCounts.of(questions().stream().map(q -> risk(q.id())).toList());
    }

    public ReviewSnapshot withAnswer(Answer answer) {
        Map<String, Answer> next = new java.util.HashMap<>(answers);
        next.put(answer.questionId(), answer);
        return new ReviewSnapshot(workload, review, lens, next);
    }
}
