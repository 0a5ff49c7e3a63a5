package io.secpillar.ui.firstrun;

import io.secpillar.storage.DataDirectoryChoice;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FirstRunViewTest {

    @TempDir
    static Path home;

    private final AtomicInteger demos = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private FirstRunView view;

    @Start
    void start(Stage stage) {
        view = new FirstRunView(home.resolve("data"), new DataDirectoryChoice(home.resolve("default")),
                new FirstRunView.Actions(demos::incrementAndGet, created::incrementAndGet, Optional.empty()));
        stage.setScene(new Scene(view.root(), 900, 600));
        stage.getScene().setOnKeyPressed(e -> {
            if (view.handleKey(e)) {
                e.consume();
            }
        });
        stage.show();
    }

    @Test
    void theChoicesRunTheShellsActionsByClickAndByKey(FxRobot robot) {
        robot.clickOn("#first-run-demo");
        robot.clickOn("#first-run-new");
        robot.interact(view::focus);
        robot.type(KeyCode.N);

        assertThat(demos).hasValue(1);
        assertThat(created).hasValue(2);
        assertThat(robot.lookup("#first-run-import").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#first-run-data-dir").queryLabeled().getText()).contains(home.resolve("data").toString());
    }

    @Test
    void aNewDataFolderIsCheckedAndUsedFromTheNextStart(FxRobot robot) throws Exception {
        Path elsewhere = home.resolve("elsewhere");
        robot.interact(() -> view.moveTo(elsewhere));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.note().isEmpty());

        assertThat(view.note()).startsWith("From the next start the workbench keeps its data in " + elsewhere);
        assertThat(new DataDirectoryChoice(home.resolve("default")).chosen()).contains(elsewhere);
        assertThat(elsewhere).isDirectory();
    }

    @Test
    void anUnusableFolderIsExplainedAndNothingIsRecorded(FxRobot robot) throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");
        Path defaults = home.resolve("default-2");
        FirstRunView other = new FirstRunView(home, new DataDirectoryChoice(defaults),
                new FirstRunView.Actions(() -> { }, () -> { }, Optional.empty()));
        robot.interact(() -> other.moveTo(file.resolve("inside")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !other.note().isEmpty());

        assertThat(other.note()).startsWith("The workbench cannot keep its data in " + file.resolve("inside"));
        assertThat(new DataDirectoryChoice(defaults).chosen()).isEmpty();
    }
}
