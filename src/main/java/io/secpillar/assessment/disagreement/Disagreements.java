package io.secpillar.assessment.disagreement;

import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeRef;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where answers and the newest evidence disagree. Only clear verdicts count: a practice is flagged when it
 * is ticked and its checks fail, or unticked (and applicable) and every assessed result passes with nothing left
 * unassessed. Questions not answered or not applicable are left alone.
 */
public final class Disagreements {

    private Disagreements() {
    }

    public static List<Disagreement> find(ReviewSnapshot review, ReviewEvidence evidence) {
        List<Disagreement> found = new ArrayList<>();
        for (PracticeRef p : PracticeRef.all(review.lens())) {
            Optional<Answer> answer = review.answer(p.questionId());
            Optional<PracticeEvidence> ev = evidence.forPractice(p.label());
            if (answer.isEmpty() || !answer.get().isAnswered() || answer.get().notApplicable().isPresent() || ev.isEmpty()) {
                continue;
            }
            ChoiceStatus status = answer.get().statusOf(p.choiceId());
            PracticeEvidence.Verdict verdict = ev.get().verdict();
            Disagreement.Kind kind = status == ChoiceStatus.SELECTED && verdict == PracticeEvidence.Verdict.NOT_IN_PLACE
                    ? Disagreement.Kind.TICKED_BUT_FAILING
                    : status == ChoiceStatus.UNSELECTED && verdict == PracticeEvidence.Verdict.IN_PLACE
                    ? Disagreement.Kind.UNTICKED_BUT_PASSING : null;
            if (kind != null) {
                found.add(new Disagreement(p, kind, ev.get(), evidence.decision(p.questionId(), p.choiceId())));
            }
        }
        return found;
    }

    /** The same, grouped by question id (for the flags in the question list). */
    public static Map<String, List<Disagreement>> byQuestion(ReviewSnapshot review, ReviewEvidence evidence) {
        Map<String, List<Disagreement>> grouped = new LinkedHashMap<>();
        find(review, evidence).forEach(d -> grouped.computeIfAbsent(d.practice().questionId(), k -> new ArrayList<>()).add(d));
        return grouped;
    }
}
