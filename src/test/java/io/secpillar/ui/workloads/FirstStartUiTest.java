package io.secpillar.ui.workloads;

import io.secpillar.app.Services;
import io.secpillar.ui.App;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
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

/** The welcome on the very first start: chosen by keys alone, and never shown again once answered. */
class FirstStartUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;

    @AfterEach
    void tearDown() throws Exception {
        stop();
        FxToolkit.cleanupStages();
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().model().services().isPresent());
    }

    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private boolean shown(String query) {
        return lookup(query).match((Node n) -> n.getScene() != null && NodeQueryUtils.isVisible().test(n)).tryQuery().isPresent();
    }

    @Test
    void theFirstStartWelcomesAndDOpensTheDemoWithoutTheMouse() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#first-run"));
        assertThat(lookup("#first-run-data-dir").queryLabeled().getText()).contains(dataDir.toString());
        assertThat(shown("#workload-list")).isFalse();

        type(KeyCode.D);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown("#question-title"));

        stop();
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#question-title") || shown("#workload-list"));
        assertThat(shown("#first-run")).as("answered once, the welcome stays away").isFalse();
    }

    @Test
    void escapeGoesToTheEmptyListAndTheWelcomeDoesNotReturn() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#first-run"));
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("#workload-list"));
        stop();
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#workload-list"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(shown("#first-run")).isFalse();
    }

    @Test
    void aStoreWithWorkloadsNeverShowsTheWelcome() throws Exception {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
        }
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#workload-list"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(shown("#first-run")).isFalse();
    }
}
