package io.secpillar.questionnaire;

import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.pillar.Question;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled rules give the risks the framework's levels imply, for representative answers. */
class RiskEvaluatorTest {

    private static final LoadedLens LENS = BundledLens.load();
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Question question(String label) {
        return LENS.lens().questions().stream().filter(q -> LENS.questionLabel(q.id()).equals(label)).findFirst().orElseThrow();
    }

    private static Answer ticking(Question q, Predicate<Choice> which) {
        Answer a = Answer.empty(q.id(), NOW);
        for (Choice c : q.bestPractices()) {
            if (which.test(c)) {
                a = a.withChoice(q, c.id(), true);
            }
        }
        return a;
    }

    private static PracticeLevel level(Question q, Choice c) {
        return LENS.level(q.id(), c.id());
    }

    private static QuestionRisk risk(Question q, Answer a) {
        return RiskEvaluator.riskOf(q, Optional.of(a));
    }

    @Test
    void everyPracticeInPlaceIsNoRisk() {
        for (Question q : LENS.lens().questions()) {
            assertThat(risk(q, ticking(q, c -> true))).as(q.id()).isEqualTo(QuestionRisk.NONE);
        }
    }

    @Test
    void aMissingHighPracticeIsHighRisk() {
        for (Question q : LENS.lens().questions()) {
            Choice firstHigh = q.bestPractices().stream().filter(c -> level(q, c) == PracticeLevel.HIGH).findFirst().orElseThrow();
            assertThat(risk(q, ticking(q, c -> c != firstHigh))).as(q.id()).isEqualTo(QuestionRisk.HIGH);
        }
    }

    @Test
    void aMissingMediumPracticeIsMediumRiskOnlyWhenEveryHighOneIsInPlace() {
        Question sec03 = question("SEC03");
        Choice medium = sec03.bestPractices().stream().filter(c -> level(sec03, c) == PracticeLevel.MEDIUM).findFirst().orElseThrow();
        assertThat(risk(sec03, ticking(sec03, c -> c != medium))).isEqualTo(QuestionRisk.MEDIUM);
        assertThat(risk(sec03, ticking(sec03, c -> level(sec03, c) == PracticeLevel.HIGH))).isEqualTo(QuestionRisk.MEDIUM);
    }

    @Test
    void aMissingLowPracticeDoesNotRaiseTheRisk() {
        Question sec01 = question("SEC01");
        assertThat(risk(sec01, ticking(sec01, c -> level(sec01, c) != PracticeLevel.LOW))).isEqualTo(QuestionRisk.NONE);
    }

    @Test
    void noneOfTheseIsHighRisk() {
        Question q = question("SEC05");
        Answer none = ticking(q, c -> true).withChoice(q, q.noneOfThese().orElseThrow().id(), true);
        assertThat(none.selected()).containsExactly(q.noneOfThese().orElseThrow().id());
        assertThat(risk(q, none)).isEqualTo(QuestionRisk.HIGH);
    }

    @Test
    void notApplicableAndUnanswered() {
        Question q = question("SEC07");
        Answer na = Answer.empty(q.id(), NOW).withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, "")));
        assertThat(risk(q, na)).isEqualTo(QuestionRisk.NOT_APPLICABLE);
        assertThat(RiskEvaluator.riskOf(q, Optional.empty())).isEqualTo(QuestionRisk.UNANSWERED);
        assertThat(risk(q, Answer.empty(q.id(), NOW).withNotes("only notes so far"))).isEqualTo(QuestionRisk.UNANSWERED);
    }

    @Test
    void aBestPracticeThatDoesNotApplyCountsAsInPlace() {
        Question q = question("SEC09");
        List<Choice> practices = q.bestPractices();
        Answer a = ticking(q, c -> c != practices.get(0))
                .withChoiceNotApplicable(q, practices.get(0).id(),
                        Optional.of(new NotApplicable(NotApplicableReason.ARCHITECTURE_CONSTRAINTS, "no TLS endpoints")));
        assertThat(risk(q, a)).isEqualTo(QuestionRisk.NONE);
        assertThat(a.statusOf(practices.get(0).id())).isEqualTo(ChoiceStatus.NOT_APPLICABLE);
    }

    @Test
    void countsRollUpEveryOutcome() {
        RiskCounts counts = RiskCounts.of(List.of(QuestionRisk.HIGH, QuestionRisk.HIGH, QuestionRisk.MEDIUM,
                QuestionRisk.NONE, QuestionRisk.NOT_APPLICABLE, QuestionRisk.UNANSWERED));
        assertThat(counts).isEqualTo(new RiskCounts(2, 1, 1, 1, 1));
        assertThat(counts.answered()).isEqualTo(5);
        assertThat(counts.total()).isEqualTo(6);
    }
}
