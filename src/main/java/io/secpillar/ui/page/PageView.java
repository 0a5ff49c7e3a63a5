package io.secpillar.ui.page;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** A page once built: what the window shows, and the hooks the window calls. */
public interface PageView {

    Node root();

    /** The page's own keys while it is shown; true when the key was used (the window then consumes it). */
    default boolean handleKey(KeyEvent event) {
        return false;
    }

    /** Called each time the page comes on screen (e.g. to read the list again and focus it). */
    default void shown() {
    }

    /** Hands edits still in the controls (notes being typed) to the saver: before an export, a switch or closing. */
    default void flush() {
    }
}
