package io.secpillar.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system asks applications for dark colours. JavaFX 21 cannot tell, so this asks the system's
 * own tool (GNOME's gsettings, the Windows registry, macOS defaults), at most one second each. Runs in the
 * background only: the window never waits for it and shows the light colours until it knows.
 */
public final class SystemTheme {

    private static final long TIMEOUT_MS = 1000;

    private SystemTheme() {
    }

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0\\b.*");
        }
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).strip().equalsIgnoreCase("dark");
        }
        String gtkTheme = System.getenv().getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        if (ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("prefer-dark")) {
            return true;
        }
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .toLowerCase(Locale.ROOT).contains("dark");
    }

    /** The command's output, or "" when it is missing, fails or takes too long. */
    static String ask(List<String> command) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                return "";
            }
            try (InputStream in = process.getInputStream()) {
                return process.exitValue() == 0 ? new String(in.readNBytes(4096), StandardCharsets.UTF_8) : "";
            }
        } catch (IOException | RuntimeException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }
}
