package io.secpillar.questionnaire;

import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Question;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answering rules: None of these is exclusive, not applicable needs a reason, notes have a limit. */
class AnswerTest {

    private static final Question Q = BundledLens.load().lens().questions().get(0);
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void noneOfTheseClearsThePracticesAndAPracticeClearsNone() {
        String none = Q.noneOfThese().orElseThrow().id();
        String first = Q.bestPractices().get(0).id();
        Answer a = Answer.empty(Q.id(), NOW).withChoice(Q, first, true).withChoice(Q, none, true);
        assertThat(a.selected()).containsExactly(none);
        a = a.withChoice(Q, first, true);
        assertThat(a.selected()).containsExactly(first);
        assertThat(a.isAnswered()).isTrue();
        assertThat(a.withChoice(Q, first, false).isAnswered()).isFalse();
    }

    @Test
    void tickingAPracticeThatDidNotApplyMakesItApplyAgain() {
        String first = Q.bestPractices().get(0).id();
        Answer a = Answer.empty(Q.id(), NOW).withChoiceNotApplicable(Q, first,
                Optional.of(new NotApplicable(NotApplicableReason.BUSINESS_PRIORITIES, "")));
        assertThat(a.statusOf(first)).isEqualTo(ChoiceStatus.NOT_APPLICABLE);
        assertThat(a.withChoice(Q, first, true).statusOf(first)).isEqualTo(ChoiceStatus.SELECTED);
    }

    @Test
    void questionNotApplicableKeepsTheTicksForLater() {
        String first = Q.bestPractices().get(0).id();
        Answer a = Answer.empty(Q.id(), NOW).withChoice(Q, first, true)
                .withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, "")));
        assertThat(RiskEvaluator.riskOf(Q, Optional.of(a))).isEqualTo(QuestionRisk.NOT_APPLICABLE);
        assertThat(a.withNotApplicable(Optional.empty()).selected()).containsExactly(first);
    }

    @Test
    void otherNeedsATextAndTextsHaveLimits() {
        assertThatThrownBy(() -> new NotApplicable(NotApplicableReason.OTHER, "  "))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("\"Other\" needs a short text");
        assertThat(new NotApplicable(NotApplicableReason.OTHER, " handled by the parent company ").describe())
                .isEqualTo("Other: handled by the parent company");
        assertThatThrownBy(() -> new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, "x".repeat(251)))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> Answer.empty(Q.id(), NOW).withNotes("n".repeat(Answer.MAX_NOTES + 1)))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("at most 2084");
    }

    @Test
    void unknownChoicesAndNoneAsNotApplicableAreRefused() {
        assertThatThrownBy(() -> Answer.empty(Q.id(), NOW).withChoice(Q, "not_a_choice", true))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> Answer.empty(Q.id(), NOW).withChoiceNotApplicable(Q, Q.noneOfThese().orElseThrow().id(),
                Optional.of(new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, ""))))
                .isInstanceOf(InvalidAnswerException.class);
    }
}
