package io.secpillar.ui.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Objects;

/**
 * How every window of the application looks: the text size (zoom), light or dark colours, and presentation mode.
 * Installed once, it styles each window the moment it opens (dialogs included, so none falls back to the stock
 * look or stays at the normal size) and restyles them all when a choice changes.
 */
public final class Appearance {

    public static final String STYLESHEET = Objects.requireNonNull(Appearance.class.getResource("/io/secpillar/ui/app.css"))
            .toExternalForm();
    /** How much larger presentation mode draws the text than the chosen zoom. */
    static final double PRESENTATION_SCALE = 1.3;
    private static final double PRESENTATION_MAX_PX = 28;

    static final String CRAMPED = "cramped";
    static final double CRAMPED_LINES = 40;

    private final IntegerProperty zoom = new SimpleIntegerProperty(ZoomLevels.NORMAL);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private boolean installed;

    public Appearance() {
        zoom.addListener((o, was, now) -> restyleAll());
        dark.addListener((o, was, now) -> restyleAll());
        presenting.addListener((o, was, now) -> restyleAll());
    }

    /** Styles every window open now and each one opened later. */
    public void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        });
        restyleAll();
    }

    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom;
    }

    public int zoom() {
        return zoom.get();
    }

    public void setZoom(int percent) {
        zoom.set(Math.max(ZoomLevels.smallest(), Math.min(ZoomLevels.largest(), percent)));
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark;
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    public void setPresenting(boolean value) {
        presenting.set(value);
    }

    /** The font size windows are drawn with now, in pixels. */
    public double fontPixels() {
        double px = ZoomLevels.pixels(zoom.get());
        return presenting.get() ? Math.max(px, Math.min(PRESENTATION_MAX_PX, px * PRESENTATION_SCALE)) : px;
    }

    /** Styles one scene as every window is styled (for windows made before {@link #install()}, e.g. in tests). */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(0, STYLESHEET);
        }
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontPixels()));
        toggle(root, "dark", dark.get());
        toggle(root, "presenting", presenting.get());
        toggle(root, CRAMPED, cramped(scene.getHeight()));
        if (!scene.getProperties().containsKey(CRAMPED)) {
            scene.getProperties().put(CRAMPED, Boolean.TRUE);
            scene.heightProperty().addListener((o, was, now) -> {
                if (scene.getRoot() != null) {
                    toggle(scene.getRoot(), CRAMPED, cramped(now.doubleValue()));
                }
            });
        }
    }

    /**
     * A window fewer than {@link #CRAMPED_LINES} lines of text high (a 720-line projector at a large zoom) trades
     * padding and secondary lines for room, so the question's best practices stay in view.
     */
    boolean cramped(double sceneHeight) {
        return sceneHeight > 0 && sceneHeight / fontPixels() < CRAMPED_LINES;
    }

    private void style(Window window) {
        if (window instanceof Stage stage) {
            style(stage.getScene());
            stage.sceneProperty().addListener((o, was, now) -> style(now));
        }
    }

    private void restyleAll() {
        if (installed) {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage) {
                    style(w.getScene());
                }
            }
        }
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
