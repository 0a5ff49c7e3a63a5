package io.secpillar.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A data directory the user chose in the window, kept as one line in {@code data-location.txt} in the platform's
 * default data directory, and used from the next start on (the open store is never switched under the window's
 * feet). {@code --data-dir} and {@code SECPILLAR_DATA_DIR} still win over it.
 */
public final class DataDirectoryChoice {

    static final String FILE = "data-location.txt";

    private final Path pointer;

    /** @param defaultDirectory where the workbench keeps its data when nothing else is said */
    public DataDirectoryChoice(Path defaultDirectory) {
        this.pointer = defaultDirectory.resolve(FILE);
    }

    /** The chosen directory, if one was saved and is still an absolute path. */
    public Optional<Path> chosen() {
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String line = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return line.isEmpty() || !Path.of(line).isAbsolute() ? Optional.empty() : Optional.of(Path.of(line).normalize());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks that the directory can hold the store (creating it if needed, writing a probe file) and records it.
     * Fails with a sentence for the user when it cannot.
     */
    public Path choose(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".secpillar-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("The workbench cannot keep its data in " + dir
                    + ": the folder cannot be created or written (" + e.getMessage() + ").", e);
        }
        try {
            Files.createDirectories(pointer.getParent());
            Path tmp = Files.createTempFile(pointer.getParent(), ".data-location", ".tmp");
            Files.writeString(tmp, dir + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(tmp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot record the new data folder in " + pointer + ": "
                    + e.getMessage(), e);
        }
        return dir;
    }

    /** Back to the default directory from the next start. */
    public void reset() {
        try {
            Files.deleteIfExists(pointer);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot remove " + pointer + ": " + e.getMessage(), e);
        }
    }
}
