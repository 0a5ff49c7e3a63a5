package io.secpillar.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    private static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1920, 1040));

    @TempDir
    Path dir;

    @Test
    void aPlaceIsWrittenAndReadBack() {
        Path file = dir.resolve(WindowPlacement.FILE);
        WindowPlacement.write(file, new WindowPlacement.Bounds(120, 80, 1100, 700, true));

        assertThat(WindowPlacement.read(file)).contains(new WindowPlacement.Bounds(120, 80, 1100, 700, true));
    }

    @Test
    void aMissingOrDamagedFileMeansNoPlace() throws Exception {
        assertThat(WindowPlacement.read(dir.resolve(WindowPlacement.FILE))).isEmpty();
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=12\ny=oops\nwidth=NaN\n");
        assertThat(WindowPlacement.read(dir.resolve(WindowPlacement.FILE))).isEmpty();
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotUsed() {
        // last used on a projector to the right of the laptop, which is no longer plugged in
        assertThat(WindowPlacement.visible(new WindowPlacement.Bounds(2100, 100, 1280, 800, false), LAPTOP)).isFalse();
        // only a sliver of the title bar left on screen: not reachable enough
        assertThat(WindowPlacement.visible(new WindowPlacement.Bounds(1860, 100, 1280, 800, false), LAPTOP)).isFalse();
        assertThat(WindowPlacement.visible(new WindowPlacement.Bounds(300, 200, 1280, 800, false), LAPTOP)).isTrue();
        // a window too small to work in is not restored either
        assertThat(WindowPlacement.visible(new WindowPlacement.Bounds(300, 200, 120, 90, false), LAPTOP)).isFalse();
    }

    @Test
    void anUnwritableDirectoryIsNoError() {
        WindowPlacement.write(dir.resolve("missing").resolve(WindowPlacement.FILE),
                new WindowPlacement.Bounds(1, 2, 800, 600, false));
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
