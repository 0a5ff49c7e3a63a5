package io.secpillar;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @Test
    void onlyArgumentsThatMeanTheWindowTakeTheShortPath() {
        assertThat(Launcher.windowOnly(new String[0])).contains(Optional.empty());
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "/tmp/x"})).contains(Optional.of(Path.of("/tmp/x")));
        assertThat(Launcher.windowOnly(new String[] {"--data-dir=/tmp/y"})).contains(Optional.of(Path.of("/tmp/y")));
        assertThat(Launcher.windowOnly(new String[] {"--data-dir"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "--help"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"workloads"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "/tmp/x", "demo"})).isEmpty();
    }
}
