package io.secpillar.assessment.milestone;

import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two milestones (or a milestone and now) side by side: every question with its risk move, practices added and
 * dropped, notes and applicability changes; the risk counts of both; and what changed in the evidence.
 */
public record MilestoneComparison(String fromName, String toName, RiskCounts fromCounts, RiskCounts toCounts,
                                  List<QuestionChange> questions, EvidenceChanges evidence) {

    public MilestoneComparison {
        questions = List.copyOf(questions);
    }

    /** Questions whose risk went down. */
    public List<QuestionChange> improved() {
        return questions.stream().filter(q -> q.move() == QuestionChange.Move.DOWN).toList();
    }

    /** Questions whose risk went up. */
    public List<QuestionChange> regressed() {
        return questions.stream().filter(q -> q.move() == QuestionChange.Move.UP).toList();
    }

    public List<QuestionChange> changed() {
        return questions.stream().filter(QuestionChange::changed).toList();
    }

    public int unchanged() {
        return (int) questions.stream().filter(q -> !q.changed()).count();
    }

    static MilestoneComparison of(LoadedLens lens, String fromName, MilestoneSnapshot from, String toName,
                                  MilestoneSnapshot to, EvidenceChanges evidence) {
        List<QuestionChange> changes = new ArrayList<>();
        for (Question q : lens.lens().questions()) {
            Optional<Answer> a = from.answer(q.id());
            Optional<Answer> b = to.answer(q.id());
            Set<String> before = practices(a);
            Set<String> after = practices(b);
            List<String> added = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            after.stream().filter(c -> !before.contains(c)).forEach(c -> added.add(label(lens, q, c)));
            before.stream().filter(c -> !after.contains(c)).forEach(c -> dropped.add(label(lens, q, c)));
            added.sort(null);
            dropped.sort(null);
            String notesBefore = a.map(Answer::notes).orElse("");
            String notesAfter = b.map(Answer::notes).orElse("");
            boolean applicability = !a.map(Answer::notApplicable).equals(b.map(Answer::notApplicable))
                    || !a.map(Answer::choicesNotApplicable).orElse(java.util.Map.of())
                    .equals(b.map(Answer::choicesNotApplicable).orElse(java.util.Map.of()));
            QuestionRisk rb = from.risk(q.id());
            QuestionRisk ra = to.risk(q.id());
            changes.add(new QuestionChange(q.id(), lens.questionLabel(q.id()), q.title(), rb, ra, QuestionChange.move(rb, ra),
                    added, dropped, !notesBefore.equals(notesAfter), notesBefore, notesAfter, applicability));
        }
        return new MilestoneComparison(fromName, toName, from.counts(), to.counts(), changes, evidence);
    }

    /** "High 3, Medium 4, None 2, N/A 2, unanswered 0". */
    public static String countsText(RiskCounts c) {
        return "High " + c.high() + ", Medium " + c.medium() + ", None " + c.none() + ", N/A " + c.notApplicable()
                + ", unanswered " + c.unanswered();
    }

    private static Set<String> practices(Optional<Answer> answer) {
        return answer.map(x -> (Set<String>) new TreeSet<>(x.selected())).orElse(Set.of());
    }

    private static String label(LoadedLens lens, Question q, String choiceId) {
        return q.choice(choiceId).filter(c -> c.isNoneOfThese()).map(c -> lens.questionLabel(q.id()) + " \"None of these\"")
                .orElseGet(() -> lens.practiceLabel(q.id(), choiceId));
    }
}
