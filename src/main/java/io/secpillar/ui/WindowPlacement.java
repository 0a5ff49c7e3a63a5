package io.secpillar.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers where the main window was and how big, in {@code window.properties} in the data directory. The file
 * is read before the toolkit starts and written after the window has closed, both on the launcher's thread, so the
 * JavaFX thread never waits for the disk. A place that no screen shows any more (a projector unplugged) is ignored
 * and the window opens centred at its default size.
 */
public final class WindowPlacement {

    static final String FILE = "window.properties";
    private static final double MIN_VISIBLE = 100;

    /** x, y, width, height and whether maximised, as last seen. */
    record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private static volatile Optional<Bounds> remembered = Optional.empty();
    private static volatile Optional<Bounds> lastSeen = Optional.empty();

    private WindowPlacement() {
    }

    /** Reads the remembered place (launcher thread, before the window). A missing or damaged file means none. */
    public static void load(Path dataDir) {
        remembered = read(dataDir.resolve(FILE));
        lastSeen = remembered;
    }

    /** Writes where the window was when it closed (launcher thread, after the window). Never fails the exit. */
    public static void save(Path dataDir) {
        lastSeen.ifPresent(b -> write(dataDir.resolve(FILE), b));
    }

    /**
     * Puts the stage where it was last time if a screen still shows that place, else centres it at the default
     * size; then follows its moves so {@link #save} knows where it ended.
     */
    public static void apply(Stage stage, double defaultWidth, double defaultHeight) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<Bounds> place = remembered.filter(b -> visible(b, Screen.getScreens().stream()
                .map(Screen::getVisualBounds).toList()));
        if (place.isPresent()) {
            Bounds b = place.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            stage.setWidth(defaultWidth);
            stage.setHeight(defaultHeight);
            stage.setX(screen.getMinX() + (screen.getWidth() - defaultWidth) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - defaultHeight) / 2);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> lastSeen = Optional.of(of(stage)));
    }

    static Bounds of(Stage stage) {
        if (stage.isMaximized()) {
            // keep the size it had before maximising when it is known, so un-maximising next time looks right
            Bounds before = lastSeen.orElse(new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true));
            return new Bounds(before.x(), before.y(), before.width(), before.height(), true);
        }
        return new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** At least a grip of the title bar must lie on some screen, or the window could not be reached. */
    static boolean visible(Bounds b, java.util.List<Rectangle2D> screens) {
        if (b.width() < 200 || b.height() < 150) {
            return false;
        }
        Rectangle2D titleBar = new Rectangle2D(b.x(), b.y(), b.width(), 40);
        return screens.stream().anyMatch(s -> s.intersects(titleBar)
                && Math.min(s.getMaxX(), titleBar.getMaxX()) - Math.max(s.getMinX(), titleBar.getMinX()) >= MIN_VISIBLE);
    }

    static Optional<Bounds> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new Bounds(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized", "false"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, Bounds b) {
        Properties p = new Properties();
        p.setProperty("x", fmt(b.x()));
        p.setProperty("y", fmt(b.y()));
        p.setProperty("width", fmt(b.width()));
        p.setProperty("height", fmt(b.height()));
        p.setProperty("maximized", String.valueOf(b.maximized()));
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".window", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "SecPillar Workbench: where the main window was");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a read-only data directory already says so in the window; the place is a convenience
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        double d = Double.parseDouble(v == null ? "x" : v);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(key);
        }
        return d;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.0f", d);
    }
}
