package io.secpillar.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    @Test
    void optionWinsOverEnvironmentWhichWinsOverThePlatformDefault() {
        Map<String, String> env = Map.of("SECPILLAR_DATA_DIR", "/env/dir", "XDG_DATA_HOME", "/xdg");
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/opt/dir")), env, "Linux", "/home/u")).isEqualTo(Path.of("/opt/dir"));
        assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", "/home/u")).isEqualTo(Path.of("/env/dir"));
    }

    @Test
    void platformDefaults() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/secpillar-workbench"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/secpillar-workbench"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/SecPillar Workbench"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming/SecPillar Workbench"));
    }
}
