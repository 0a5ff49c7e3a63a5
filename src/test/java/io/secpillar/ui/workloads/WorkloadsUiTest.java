package io.secpillar.ui.workloads;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.LensReaderTest;
import io.secpillar.storage.Database;
import io.secpillar.ui.App;
import io.secpillar.ui.page.UiServices;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The workloads page: search, a delete that says what it loses, a refused lens, the shortcuts, a busy store. */
class WorkloadsUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
    }

    /** An empty store greets with the first-start welcome; Esc goes on to the (empty) list. */
    private void startPastTheWelcome() throws Exception {
        startApp();
        waitShown("#first-run");
        type(KeyCode.ESCAPE);
    }

    private void seed() {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
            services.reviews().create(new WorkloadDraft("Data Lake", "Northwind Retail", "Analytics platform",
                    Environment.PREPRODUCTION, List.of("999988887777"), List.of("us-east-1"), "Sam"), services.lenses().bundled());
        }
    }

    private void waitShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(query).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && org.testfx.util.NodeQueryUtils.isVisible().test(n)).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> list() {
        return lookup("#workload-list").queryAs(ListView.class);
    }

    @Test
    void searchFiltersAndDeleteSaysWhatWouldBeLost() throws Exception {
        seed();
        startApp();
        waitShown("#workload-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list().getItems().size() == 2);

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("veldmark");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list().getItems().size() == 1);
        eraseText(8);
        write("us-east-1 northwind");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list().getItems().size() == 1);
        eraseText(19);
        write("nothing like this");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list().getItems().isEmpty());
        eraseText(17);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list().getItems().size() == 2);

        interact(() -> list().getSelectionModel().select(list().getItems().stream()
                .filter(o -> ((io.secpillar.assessment.WorkloadSummary) o).workload().name().equals("Claims Portal"))
                .findFirst().orElseThrow()));
        clickOn("#delete-workload");
        waitShown(".dialog-pane");
        String content = lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(content).isEqualTo("\"Claims Portal\" and its review will be deleted for good: 11 answered questions"
                + " and the notes on 11 questions.\nIts 2 evidence runs stay in the store, no longer tied to a workload."
                + "\nThis cannot be undone.");
        type(KeyCode.ENTER); // Enter keeps it: the destructive button is not the default
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list().getItems()).hasSize(2);
    }

    @Test
    void anInvalidLensIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
        startPastTheWelcome();
        waitShown("#workload-list");
        File broken = Files.writeString(dataDir.resolve("broken-lens.json"),
                LensReaderTest.VALID.replace("2021-11-01", "2019").replace("c_high && c_med", "c_high && ghost")).toFile();
        UiServices services = app.shell().model().services().orElseThrow();
        WorkloadsViewModel model = new WorkloadsViewModel(services.reviews(), services.lenses(), services.demo(), id -> { });
        interact(() -> new LensImport(model).importFile(window(0), broken));
        waitShown("#problem-list");
        @SuppressWarnings("unchecked")
        ListView<String> problems = lookup("#problem-list").queryAs(ListView.class);
        assertThat(problems.getItems()).containsExactly(
                "Error  $.schemaVersion — must be \"2021-11-01\", found \"2019\"",
                "Error  $.pillars[0].questions[0].riskRules[0].condition — names \"ghost\", which is not a choice of this question");
        clickOn("OK");
        assertThat(services.lenses().available()).hasSize(1);
    }

    @Test
    void helpListsTheShortcuts() throws Exception {
        startPastTheWelcome();
        waitShown("#workload-list");
        type(KeyCode.F1);
        waitShown("#shortcut-grid");
        assertThat(lookup("Next question (Page Down in presentation mode)").tryQuery()).isPresent();
        assertThat(lookup("Jump to the notes (Tab or Esc leaves them)").tryQuery()).isPresent();
        clickOn("OK");
    }

    @Test
    void aFailureInTheBackgroundIsShownInTheStatusBarUntilDismissed() throws Exception {
        startPastTheWelcome();
        waitShown("#workload-list");
        interact(() -> app.shell().model().openWorkload(999));
        waitShown(".dialog-pane");
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("No workload #999 in this data directory.");
        clickOn("OK");
        waitShown("#background-problem");
        assertThat(lookup("#background-problem").queryAs(Label.class).getText())
                .isEqualTo("The review could not be opened: No workload #999 in this data directory.");
        clickOn("#dismiss-problem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#background-problem").queryAs(Label.class).isVisible()).isFalse();
        assertThat(lookup("#workload-list").tryQuery()).isPresent();
    }

    @Test
    void aStoreInUseIsExplainedInTheWindow() throws Exception {
        try (Database busy = Database.open(dataDir)) {
            startApp();
            waitShown("#store-error-message");
            assertThat(lookup("#store-error-message").queryAs(Label.class).getText())
                    .contains("Another SecPillar Workbench (a window or a command) is already using " + dataDir);
        }
    }
}
