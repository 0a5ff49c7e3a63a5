package io.secpillar.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;

/**
 * Keeps what the reviewer acts on in sight: scrolls a pane so a node is inside its viewport, briefly highlights a
 * node a key changed, and makes Tab never land on a control that is scrolled out of view.
 */
public final class ScrollIntoView {

    private static final String FLASH = "flash";
    private static final double MARGIN = 12;

    private ScrollIntoView() {
    }

    /**
     * Scrolls the least distance that shows the node whole (or its top, when it is taller than the viewport);
     * with {@code toTop} the node's top goes to the top of the viewport (for guidance that just unfolded).
     */
    public static void reveal(ScrollPane pane, Node node, boolean toTop) {
        pane.applyCss();
        pane.layout();
        Node content = pane.getContent();
        if (content == null || !isInside(node, content)) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0 || viewport <= 0) {
            return;
        }
        double top = -pane.getViewportBounds().getMinY();
        double target = top;
        if (toTop || b.getHeight() + 2 * MARGIN > viewport || b.getMinY() < top) {
            target = b.getMinY() - MARGIN;
        } else if (b.getMaxY() > top + viewport) {
            target = b.getMaxY() + MARGIN - viewport;
        }
        target = Math.max(0, Math.min(scrollable, target));
        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * target / scrollable);
    }

    /** Marks the node with the "flash" style class for a moment, so the eye finds what a key just changed. */
    public static void flash(Node node) {
        node.getStyleClass().remove(FLASH);
        node.getStyleClass().add(FLASH);
        PauseTransition off = new PauseTransition(Duration.millis(900));
        off.setOnFinished(e -> node.getStyleClass().remove(FLASH));
        off.play();
    }

    /** Whenever the focus moves to a control inside the pane, scrolls the pane so that control is in view. */
    public static void followFocus(ScrollPane pane) {
        pane.sceneProperty().addListener((o, was, scene) -> watch(pane, scene));
        watch(pane, pane.getScene());
    }

    private static void watch(ScrollPane pane, Scene scene) {
        if (scene == null || scene.getProperties().containsKey(pane)) {
            return;
        }
        scene.getProperties().put(pane, Boolean.TRUE);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null && pane.getScene() == scene && pane.getContent() != null && isInside(now, pane.getContent())) {
                reveal(pane, now, false);
            }
        });
    }

    static boolean isInside(Node node, Node ancestor) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return node == ancestor;
    }
}
