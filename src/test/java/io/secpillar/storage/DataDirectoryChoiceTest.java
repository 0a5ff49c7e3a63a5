package io.secpillar.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryChoiceTest {

    @TempDir
    Path home;

    @Test
    void aChosenFolderIsUsedAfterTheOptionAndTheVariable() {
        Path defaults = home.resolve(".local/share/secpillar-workbench");
        Path chosen = new DataDirectoryChoice(defaults).choose(home.resolve("Clients/reviews"));

        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", home.toString())).isEqualTo(chosen);
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(DataDirectory.ENV_VARIABLE, "/srv/x"), "Linux",
                home.toString())).isEqualTo(Path.of("/srv/x"));
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/tmp/y")), Map.of(), "Linux", home.toString()))
                .isEqualTo(Path.of("/tmp/y"));

        new DataDirectoryChoice(defaults).reset();
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", home.toString())).isEqualTo(defaults);
    }

    @Test
    void aDamagedOrRelativeRecordIsIgnored() throws Exception {
        Path defaults = Files.createDirectories(home.resolve("d"));
        Files.writeString(defaults.resolve(DataDirectoryChoice.FILE), "relative/path\n");
        assertThat(new DataDirectoryChoice(defaults).chosen()).isEmpty();
        Files.writeString(defaults.resolve(DataDirectoryChoice.FILE), "\n");
        assertThat(new DataDirectoryChoice(defaults).chosen()).isEmpty();
    }
}
