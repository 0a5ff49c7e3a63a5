package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Question;

import java.util.Optional;
import java.util.function.Supplier;

/** What a best practice's row asks of the review: tick, and mark or clear "does not apply" (asking why). */
final class PracticeActions implements PracticeRow.Actions {

    private final ReviewViewModel model;
    private final Supplier<javafx.stage.Window> window;

    PracticeActions(ReviewViewModel model, Supplier<javafx.stage.Window> window) {
        this.model = model;
        this.window = window;
    }

    @Override
    public void setInPlace(String choiceId, boolean inPlace) {
        model.setChoice(choiceId, inPlace);
    }

    @Override
    public void markNotApplicable(String choiceId) {
        Question q = model.current();
        Choice c = q.choice(choiceId).orElseThrow();
        NotApplicableDialog.ask(window.get(), model.snapshot().lens().practiceLabel(q.id(), choiceId), c.title())
                .ifPresent(reason -> model.setChoiceNotApplicable(choiceId, Optional.of(reason)));
    }

    @Override
    public void clearNotApplicable(String choiceId) {
        model.setChoiceNotApplicable(choiceId, Optional.empty());
    }
}
