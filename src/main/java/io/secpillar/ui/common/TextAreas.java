package io.secpillar.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text areas that a keyboard user can leave: Tab and Shift+Tab move the focus on (Ctrl+Tab types a real tab). In a
 * form, Enter moves on too (Shift+Enter or Ctrl+Enter starts a new line), so typing through the form never lands the
 * next field's words in a description.
 */
public final class TextAreas {

    /** True while a traversal key we made ourselves is on its way (JavaFX thread only). */
    private static boolean passing;

    private TextAreas() {
    }

    /** @param enterMovesOn true in forms, where Enter should not add a line */
    public static void tabLeaves(TextArea area, boolean enterMovesOn) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (passing) {
                return;
            }
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                traverse(area, e.isShiftDown());
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                area.replaceSelection("\t");
            } else if (e.getCode() == KeyCode.ENTER && enterMovesOn) {
                e.consume();
                if (e.isShiftDown() || e.isShortcutDown()) {
                    area.replaceSelection("\n");
                } else {
                    traverse(area, false);
                }
            }
        });
    }

    /**
     * Moves the focus with the text area's own traversal key (Ctrl+Tab, Ctrl+Shift+Tab), which JavaFX offers no
     * public call for; the key passes our filter untouched while it is handed over.
     */
    private static void traverse(Node from, boolean back) {
        passing = true;
        try {
            from.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, back, true, false, false));
        } finally {
            passing = false;
        }
    }
}
