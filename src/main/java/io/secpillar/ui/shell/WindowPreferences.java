package io.secpillar.ui.shell;

import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.ui.page.Workshop;
import io.secpillar.ui.theme.Theme;
import io.secpillar.ui.theme.ZoomLevels;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The reviewer's choices for the window, kept between sessions: text size, colours, the question timer and whether
 * the question's description and tip are shown. Read with the store in the background; each change is written back
 * (through the shell's model) once they have been read, never before, so a slow disk cannot undo a choice.
 */
public final class WindowPreferences {

    /** The stored values, read off the JavaFX thread. */
    record Stored(Optional<String> zoom, Optional<String> legacyZoom, Optional<String> theme, Optional<String> timer,
                  Optional<String> intro) {

        static Stored read(SettingsRepository settings) {
            return new Stored(settings.get(ZoomLevels.SETTING), settings.get(ZoomLevels.LEGACY_SETTING),
                    settings.get(Theme.SETTING), settings.get(Workshop.TIMER_SETTING), settings.get(Workshop.INTRO_SETTING));
        }
    }

    private final IntegerProperty zoom = new SimpleIntegerProperty(ZoomLevels.NORMAL);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark = Bindings.createBooleanBinding(() -> theme.get() == Theme.DARK
            || theme.get() == Theme.SYSTEM && systemDark.get(), theme, systemDark);
    private final Workshop workshop = new Workshop();
    private BiConsumer<String, String> store = (key, value) -> { };

    WindowPreferences() {
        zoom.addListener((o, was, now) -> store.accept(ZoomLevels.SETTING, String.valueOf(now)));
        theme.addListener((o, was, now) -> store.accept(Theme.SETTING, now.stored()));
        workshop.timerOnProperty().addListener((o, was, now) -> store.accept(Workshop.TIMER_SETTING, workshop.storedTimer()));
        workshop.budgetMinutesProperty().addListener((o, was, now) -> store.accept(Workshop.TIMER_SETTING, workshop.storedTimer()));
        workshop.introShownProperty().addListener((o, was, now) ->
                store.accept(Workshop.INTRO_SETTING, workshop.storedIntro().orElse("")));
    }

    /** Applies what was stored, then writes every later change through {@code writer}. */
    void restore(Stored stored, BiConsumer<String, String> writer) {
        ZoomLevels.parse(stored.zoom(), stored.legacyZoom()).ifPresent(zoom::set);
        theme.set(Theme.parse(stored.theme()));
        workshop.restoreTimer(stored.timer());
        workshop.restoreIntro(stored.intro());
        store = writer;
    }

    public Workshop workshop() {
        return workshop;
    }

    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(ZoomLevels.larger(zoom.get()));
    }

    public void zoomOut() {
        zoom.set(ZoomLevels.smaller(zoom.get()));
    }

    public void zoomReset() {
        zoom.set(ZoomLevels.NORMAL);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
    }

    /** Ctrl+Shift+L: dark when the window is light now, light when it is dark. */
    public void switchLightDark() {
        theme.set(dark.get() ? Theme.LIGHT : Theme.DARK);
    }

    /** What the operating system prefers, once it is known (asked in the background). */
    void systemPrefersDark(boolean prefersDark) {
        systemDark.set(prefersDark);
    }

    /** True when the window is drawn in dark colours (chosen, or the system's when following it). */
    public BooleanBinding darkProperty() {
        return dark;
    }
}
