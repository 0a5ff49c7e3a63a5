package io.secpillar.ui.page;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A key of the window as the help dialog lists it ("Ctrl+2", "the evidence from AWS"), and which key presses it
 * stands for. Ctrl means the platform's shortcut key; other modifiers are not looked at, as users press Ctrl++
 * with or without Shift.
 */
public record Shortcut(String keys, String action, Predicate<KeyEvent> matcher) {

    public static Shortcut ctrl(KeyCode code, String keys, String action) {
        return ctrl(Set.of(code), keys, action);
    }

    public static Shortcut ctrl(Set<KeyCode> codes, String keys, String action) {
        return new Shortcut(keys, action, e -> e.isShortcutDown() && codes.contains(e.getCode()));
    }

    public static Shortcut key(KeyCode code, String keys, String action) {
        return new Shortcut(keys, action, e -> e.getCode() == code);
    }

    /** A row of the help dialog for keys the page reads itself (digits, arrows in a list). */
    public static Shortcut described(String keys, String action) {
        return new Shortcut(keys, action, e -> false);
    }

    public boolean matches(KeyEvent event) {
        return matcher.test(event);
    }
}
