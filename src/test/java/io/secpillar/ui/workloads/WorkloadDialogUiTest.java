package io.secpillar.ui.workloads;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Workload;
import io.secpillar.ui.App;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-workload form typed through with the keyboard alone: nothing lands in the wrong field. */
class WorkloadDialogUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;

    @BeforeEach
    void start() throws Exception {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
        }
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#workload-list"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private boolean shown(String query) {
        return lookup(query).match((Node n) -> n.getScene() != null && NodeQueryUtils.isVisible().test(n)).tryQuery().isPresent();
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void typingThroughTheFormFillsEachFieldAndShowsEachProblemBesideItsField() throws Exception {
        ctrl(KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("#workload-ok"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#name").queryAs(TextField.class).isFocused());
        targetWindow(lookup("#name").query().getScene().getWindow()); // TestFX writes into the window it targets
        write("Payments").type(KeyCode.TAB);
        write("Northwind").type(KeyCode.TAB);
        write("Card payments").type(KeyCode.TAB);   // Tab leaves the description: no tab character in it
        type(KeyCode.DOWN);                            // the environment: Production → Pre-production
        type(KeyCode.TAB);
        write("12345, 999988887777").type(KeyCode.TAB);
        write("eu-central-1, mars-1").type(KeyCode.TAB);

        Label accountProblem = lookup("#problem-accounts").queryAs(Label.class);
        Label regionProblem = lookup("#problem-regions").queryAs(Label.class);
        assertThat(accountProblem.isVisible()).isTrue();
        assertThat(accountProblem.getText()).isEqualTo("\"12345\" is not an AWS account id (12 digits).");
        assertThat(regionProblem.getText()).isEqualTo("\"mars-1\" is not an AWS region code such as eu-central-1.");
        assertThat(lookup("#accounts").query().getStyleClass()).contains("invalid");
        assertThat(lookup("#workload-ok").query().isDisabled()).isTrue();

        interact(() -> {
            lookup("#accounts").queryAs(TextField.class).setText("999988887777");
            lookup("#regions").queryAs(TextField.class).setText("eu-central-1");
        });
        assertThat(accountProblem.isVisible()).isFalse();
        assertThat(lookup("#accounts").query().getStyleClass()).doesNotContain("invalid");
        clickOn("#owner").write("Sam").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#question-title"));
        Workload created = app.shell().model().workloadProperty().get().workload();
        assertThat(created.name()).isEqualTo("Payments");
        assertThat(created.client()).isEqualTo("Northwind");
        assertThat(created.description()).isEqualTo("Card payments");
        assertThat(created.environment()).isNotEqualTo(Environment.PRODUCTION);
        assertThat(created.accountIds()).containsExactly("999988887777");
        assertThat(created.reviewOwner()).isEqualTo("Sam");
    }

    @Test
    void escapeClosesTheFormAndEnterInTheOpenEnvironmentListOnlyChoosesTheEnvironment() throws Exception {
        ctrl(KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("#workload-ok"));
        targetWindow(lookup("#name").query().getScene().getWindow());
        write("Payments");
        interact(() -> lookup("#environment").query().requestFocus());
        press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#workload-ok")).as("the form is still open").isTrue();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#workload-ok")).isFalse();
        assertThat(app.shell().model().workloadProperty().get()).isNull();
    }
}
