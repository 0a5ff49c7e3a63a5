package io.secpillar.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the scratch folders of the check and the training; what cannot be removed is left to the system. */
public final class TempFiles {

    private TempFiles() {
    }

    public static void deleteQuietly(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // an open file on Windows, say: the system's temp cleaning takes it later
                }
            });
        } catch (IOException ignored) {
            // nothing left to walk
        }
    }
}
