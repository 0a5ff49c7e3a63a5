package io.secpillar.ui.page;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;

/**
 * What the window knows about the workshop in the room, shared by the shell and the pages: whether it is being
 * presented (F5), whether the per-question timer runs and its budget, and whether the reviewer wants the question's
 * description and tip shown. The shell keeps the choices in the settings; pages only read and change them here.
 */
public final class Workshop {

    /** Settings keys: the timer's budget in minutes ("0" = off) and the question intro ("shown" / "hidden"). */
    public static final String TIMER_SETTING = "ui.timerMinutes";
    public static final String INTRO_SETTING = "ui.questionIntro";
    public static final int DEFAULT_BUDGET_MINUTES = 15;

    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final BooleanProperty timerOn = new SimpleBooleanProperty(false);
    private final IntegerProperty budgetMinutes = new SimpleIntegerProperty(DEFAULT_BUDGET_MINUTES);
    private final ObjectProperty<Optional<Boolean>> introShown = new SimpleObjectProperty<>(Optional.empty());

    /** True while the window is in presentation mode; the shell switches it. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    public boolean presenting() {
        return presenting.get();
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    public BooleanProperty timerOnProperty() {
        return timerOn;
    }

    /** The time a question should take, in minutes (a workshop plans about fifteen). */
    public IntegerProperty budgetMinutesProperty() {
        return budgetMinutes;
    }

    /** The reviewer's choice for the description and tip; empty shows them when they leave the practices room. */
    public ObjectProperty<Optional<Boolean>> introShownProperty() {
        return introShown;
    }

    /** The timer setting as stored: the budget when the timer runs, else "0". */
    public String storedTimer() {
        return timerOn.get() ? String.valueOf(budgetMinutes.get()) : "0";
    }

    /** Applies a stored timer setting (minutes, "0" = off); anything unusable leaves the timer off. */
    public void restoreTimer(Optional<String> stored) {
        int minutes = stored.filter(s -> s.matches("\\d{1,3}")).map(Integer::parseInt).orElse(0);
        if (minutes > 0) {
            budgetMinutes.set(minutes);
        }
        timerOn.set(minutes > 0);
    }

    public Optional<String> storedIntro() {
        return introShown.get().map(shown -> shown ? "shown" : "hidden");
    }

    public void restoreIntro(Optional<String> stored) {
        introShown.set(stored.filter(s -> s.equals("shown") || s.equals("hidden")).map(s -> s.equals("shown")));
    }
}
