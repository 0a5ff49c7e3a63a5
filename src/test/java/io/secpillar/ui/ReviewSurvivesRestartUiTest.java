package io.secpillar.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's promise, end to end in a real JavaFX window: create a workload, answer SEC01, mark SEC07 as
 * not applicable, close the app, start it again on the same data directory and find everything as it was.
 */
class ReviewSurvivesRestartUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;

    private App start() throws Exception {
        FxToolkit.registerPrimaryStage();
        App started = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started.shell() != null && started.shell().model().services().isPresent());
        return started;
    }

    private void stop(App running) throws Exception {
        FxToolkit.cleanupApplication(running);
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            stop(app);
        }
    }

    private void waitFor(String query) throws Exception {
        waitClickable(query);
    }

    /** Waits until TestFX itself sees the node as visible (window showing, node laid out on screen). */
    private void waitClickable(String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> lookup(query).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && org.testfx.util.NodeQueryUtils.isVisible().test(n)).tryQuery().isPresent());
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aReviewIsFoundAsItWasAfterARestart() throws Exception {
        app = start();
        waitFor("#new-workload");
        clickOn("#new-workload");
        waitFor("#name");
        clickOn("#name").write("Payments Platform");
        clickOn("#client").write("Zürcher Kantonal AG");
        clickOn("#accounts").write("111122223333, 444455556666");
        clickOn("#regions").write("eu-central-2");
        clickOn("#workload-ok");

        waitFor("#question-title");
        assertThat(text("#workload-title")).isEqualTo("Payments Platform");
        assertThat(text("#question-title")).isEqualTo("How do you securely operate your workload?");
        waitClickable("#check-SEC01-BP01");
        clickOn("#check-SEC01-BP01");
        type(KeyCode.DIGIT2);
        type(KeyCode.DIGIT8);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        write("Root user MFA shown — hardware keys in the safe");
        assertThat(text("#question-risk")).isEqualTo("High");

        for (int i = 0; i < 6; i++) {
            press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#question-title").equals("How do you classify your data?"));
        press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        clickOn("Business priorities");
        clickOn("#question-na-text").write("Data classification is run by the group");
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#question-risk").equals("N/A"));
        assertThat(text("#count-high")).isEqualTo("High  1");
        assertThat(text("#count-not-applicable")).isEqualTo("N/A  1");
        assertThat(text("#count-unanswered")).isEqualTo("Open  9");
        assertThat(text("#progress-text")).isEqualTo("2 of 11 answered");

        assertThat(app.shell().flush(10, TimeUnit.SECONDS)).isTrue();
        stop(app);
        app = null;

        app = start();
        waitFor("#question-title");
        assertThat(text("#workload-title")).isEqualTo("Payments Platform");
        assertThat(text("#question-title")).as("reopens where the reviewer left off").isEqualTo("How do you classify your data?");
        assertThat(text("#question-na-banner")).isEqualTo("Does not apply to this workload · Business priorities: Data classification is run by the group");
        assertThat(text("#count-high")).isEqualTo("High  1");
        assertThat(text("#count-medium")).isEqualTo("Medium  0");
        assertThat(text("#count-none")).isEqualTo("None  0");
        assertThat(text("#count-not-applicable")).isEqualTo("N/A  1");
        assertThat(text("#count-unanswered")).isEqualTo("Open  9");

        for (int i = 0; i < 6; i++) {
            press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#question-title").startsWith("How do you securely operate"));
        assertThat(lookup("#check-SEC01-BP01").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#check-SEC01-BP02").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#check-SEC01-BP03").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(lookup("#check-SEC01-BP08").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("Root user MFA shown — hardware keys in the safe");
        assertThat(text("#question-risk")).isEqualTo("High");
    }
}
