package io.secpillar.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workbench keeps its database: the --data-dir option, else SECPILLAR_DATA_DIR, else the
 * folder chosen in the window ({@link DataDirectoryChoice}), else the platform's per-user data directory
 * (XDG_DATA_HOME on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "SECPILLAR_DATA_DIR";
    static final String APP_DIR = "secpillar-workbench";

    private DataDirectory() {
    }

    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Optional<Path> option, Map<String, String> env, String osName, String userHome) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        Path platformDefault = platformDefault(env, osName, userHome);
        // a folder chosen in the window (kept in the default folder) comes after the option and the variable
        return new DataDirectoryChoice(platformDefault).chosen().orElse(platformDefault);
    }

    /** The per-user data directory of the platform, where a chosen folder is also recorded. */
    public static Path platformDefault() {
        return platformDefault(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("SecPillar Workbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SecPillar Workbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_DIR);
    }
}
