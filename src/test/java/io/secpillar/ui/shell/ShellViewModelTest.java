package io.secpillar.ui.shell;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.UiServices;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's model without the window: opening the store, reopening where the reviewer left off, a refused store. */
class ShellViewModelTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static UiServices uiServices(Path dir) {
        Services s = Services.open(dir, Clock.systemUTC());
        return new UiServices(s.reviews(), s.lenses(), s.settings(), s.evidence(), s.evidenceDecisions(), s.demo(),
                mfa -> s.evidenceScanner(s.awsAccess(mfa), ScanSettings.defaults()), s::reportKit, s.reviewer(), s::close, dir,
                new io.secpillar.storage.DataDirectoryChoice(dir.resolve("default")));
    }

    private ShellViewModel opened(Callable<UiServices> opener) throws Exception {
        ShellViewModel model = new ShellViewModel(opener);
        WaitForAsyncUtils.asyncFx(model::openStore).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.openingProperty().get()
                || model.storeProblemProperty().get() != null);
        return model;
    }

    @Test
    void opensOnTheWorkloadsThenReopensTheWorkloadLeftOpenOnTheQuestionLeftOff() throws Exception {
        ShellViewModel first = opened(() -> uiServices(dataDir));
        assertThat(first.workloadProperty().get()).isNull();
        Workload demo = first.services().orElseThrow().demo().openOrCreate();
        WaitForAsyncUtils.asyncFx(() -> first.openWorkload(demo.id())).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.workloadProperty().get() != null);
        OpenWorkload open = first.workloadProperty().get();
        assertThat(open.workload().name()).isEqualTo("Claims Portal");
        assertThat(open.lastQuestion()).isEmpty();
        Platform.runLater(() -> open.rememberQuestion("data_classification"));
        var settings = first.services().orElseThrow().settings();
        // the settings are written in the background: wait for the write, not for a fixed time
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> settings.get(ShellViewModel.LAST_QUESTION + demo.id())
                .filter("data_classification"::equals).isPresent()
                && settings.get(ShellViewModel.LAST_WORKLOAD).filter(String.valueOf(demo.id())::equals).isPresent());
        WaitForAsyncUtils.asyncFx(first::close).get();

        ShellViewModel second = opened(() -> uiServices(dataDir));
        assertThat(second.workloadProperty().get()).isNotNull();
        assertThat(second.workloadProperty().get().id()).isEqualTo(demo.id());
        assertThat(second.workloadProperty().get().lastQuestion()).contains("data_classification");
        WaitForAsyncUtils.asyncFx(second::showWorkloads).get();
        assertThat(second.workloadProperty().get()).isNull();
        var secondSettings = second.services().orElseThrow().settings();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> secondSettings.get(ShellViewModel.LAST_WORKLOAD).filter(String::isEmpty).isPresent());
        WaitForAsyncUtils.asyncFx(second::close).get();

        ShellViewModel third = opened(() -> uiServices(dataDir));
        assertThat(third.workloadProperty().get()).as("Ctrl+W forgets the open workload").isNull();
        WaitForAsyncUtils.asyncFx(third::close).get();
    }

    @Test
    void aStoreThatCannotOpenIsSaidAndTheWindowStaysUp() throws Exception {
        ShellViewModel model = opened(() -> {
            throw new IllegalStateException("Another SecPillar Workbench is already using " + dataDir);
        });
        assertThat(model.storeProblemProperty().get()).isEqualTo("Another SecPillar Workbench is already using " + dataDir);
        assertThat(model.services()).isEmpty();
        WaitForAsyncUtils.asyncFx(model::close).get();
    }
}
