package io.secpillar.ui.page;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

import java.util.function.Predicate;

/**
 * A page once built: what the window shows, and what the window calls on it. Start from {@link #of(Node)} and add
 * the hooks the page needs.
 *
 * @param keys    the page's own keys while it is shown; true when the key was used (the window then consumes it)
 * @param onShown called each time the page comes on screen (e.g. to read the list again and focus it)
 * @param onFlush hands edits still in the controls (notes being typed) to the saver: before an export, a switch or
 *                closing
 */
public record PageView(Node root, Predicate<KeyEvent> keys, Runnable onShown, Runnable onFlush) {

    public static PageView of(Node root) {
        return new PageView(root, event -> false, () -> { }, () -> { });
    }

    public PageView withKeys(Predicate<KeyEvent> handler) {
        return new PageView(root, handler, onShown, onFlush);
    }

    public PageView whenShown(Runnable action) {
        return new PageView(root, keys, action, onFlush);
    }

    public PageView withFlush(Runnable action) {
        return new PageView(root, keys, onShown, action);
    }

    public boolean handleKey(KeyEvent event) {
        return keys.test(event);
    }

    public void shown() {
        onShown.run();
    }

    public void flush() {
        onFlush.run();
    }
}
