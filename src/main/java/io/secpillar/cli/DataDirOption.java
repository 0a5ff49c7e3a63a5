package io.secpillar.cli;

import io.secpillar.storage.DataDirectory;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The --data-dir option every command shares. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $" + DataDirectory.ENV_VARIABLE
                    + ", else the per-user data directory of the platform).")
    Path dataDir;

    public Path resolve() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    public Optional<Path> option() {
        return Optional.ofNullable(dataDir);
    }
}
