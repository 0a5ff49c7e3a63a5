package io.secpillar.ui.questionnaire;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The optional per-question timer of a workshop: how long the question on screen has been discussed, against a
 * budget (about fifteen minutes a question). Time adds up per question while it is on screen, so coming back to a
 * question continues its count. Driven by {@link #tick(Duration)}, so it is tested without waiting.
 */
final class QuestionTimer {

    /** Within the budget, in its last fifth, or over it. */
    enum State { WITHIN, NEAR, OVER }

    private final Map<String, Duration> spent = new HashMap<>();
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final SimpleObjectProperty<State> state = new SimpleObjectProperty<>(State.WITHIN);
    private String question = "";
    private Duration budget = Duration.ofMinutes(15);

    void showQuestion(String questionId) {
        question = questionId;
        update();
    }

    void setBudget(Duration budget) {
        this.budget = budget;
        update();
    }

    void tick(Duration elapsed) {
        spent.merge(question, elapsed, Duration::plus);
        update();
    }

    Duration spent(String questionId) {
        return spent.getOrDefault(questionId, Duration.ZERO);
    }

    /** "04:12 / 15:00". */
    ReadOnlyStringProperty textProperty() {
        return text;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    private void update() {
        Duration now = spent(question);
        text.set(clock(now) + " / " + clock(budget));
        state.set(now.compareTo(budget) >= 0 ? State.OVER
                : now.multipliedBy(5).compareTo(budget.multipliedBy(4)) >= 0 ? State.NEAR : State.WITHIN);
    }

    static String clock(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
