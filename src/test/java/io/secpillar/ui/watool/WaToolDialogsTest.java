package io.secpillar.ui.watool;

import io.secpillar.app.Services;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.watool.aws.FakeWaTool;
import io.secpillar.watool.aws.WaToolConnector;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The push and pull dialogs in a real window, against the fake WA Tool on 127.0.0.1, driven by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class WaToolDialogsTest {

    @TempDir
    Path dir;
    Stage owner;
    FakeWaTool tool;
    DefaultAwsAccess access;
    WaToolConnector connector;
    Services services;
    WaToolContext context;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void open() {
        tool = new FakeWaTool(dir);
        access = tool.access(MfaCodeProvider.none());
        connector = new WaToolConnector(access::session);
        services = Services.open(dir.resolve("data"), Clock.systemUTC());
        services.demo().create();
        context = new WaToolContext(services.reviews(), services.lenses().bundled(), services.waToolImport(), connector,
                List.of(FakeWaTool.PROFILE), "Daniel Osei");
    }

    @AfterEach
    void close() {
        services.close();
        connector.close();
        access.close();
        tool.close();
    }

    @Test
    void thePushDialogShowsThePolicyFirstThenPushesOnEnterAndClosesOnEsc(FxRobot robot) throws Exception {
        WaPushViewModel model = new WaPushViewModel(context, services.reviews().open(1));
        WaPushDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            WaPushDialog d = new WaPushDialog(model, owner);
            d.show();
            return d;
        }).get();

        assertThat(robot.lookup("#wa-preview").queryAs(TextArea.class).getText())
                .contains("UpdateAnswer (writes)", "\"wellarchitected:UpdateAnswer\"", "Planned calls, in order:");
        robot.clickOn("#wa-region").write(FakeWaTool.REGION);
        robot.clickOn("#wa-milestone").write("Workshop");
        assertThat(tool.requests()).as("nothing sent before the push").isEmpty();
        robot.type(KeyCode.ENTER);

        Label outcome = robot.lookup("#wa-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> outcome.getText().startsWith("Done"));
        assertThat(outcome.getText()).contains("(created), 11 answer(s) written, milestone number 1.");
        assertThat(robot.lookup("#wa-log").queryAs(TextArea.class).getText()).contains("UpdateAnswer SEC11");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void aRefusedPushIsShownInTheDialog(FxRobot robot) throws Exception {
        tool.deny("POST", "/workloads", "wellarchitected:CreateWorkload");
        WaPushViewModel model = new WaPushViewModel(context, services.reviews().open(1));
        WaitForAsyncUtils.asyncFx(() -> new WaPushDialog(model, owner).show()).get();

        robot.clickOn("#wa-region").write(FakeWaTool.REGION);
        robot.type(KeyCode.ENTER);

        Label outcome = robot.lookup("#wa-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.running.get()
                && outcome.getText().contains("not allowed"));
        assertThat(outcome.getText()).startsWith("Profile client is not allowed to call wellarchitected:CreateWorkload")
                .contains("No answer was written.");
    }

    @Test
    void thePullDialogListsOnEnterAndImportsTheChosenWorkload(FxRobot robot) throws Exception {
        WaPushViewModel pushModel = new WaPushViewModel(context, services.reviews().open(1));
        WaitForAsyncUtils.asyncFx(() -> {
            pushModel.region.unbind();
            pushModel.region.set(FakeWaTool.REGION);
            pushModel.push();
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pushModel.outcome.get().startsWith("Done"));

        AtomicLong opened = new AtomicLong();
        WaPullViewModel model = new WaPullViewModel(context);
        WaPullDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            WaPullDialog d = new WaPullDialog(model, owner, opened::set);
            d.show();
            return d;
        }).get();
        robot.clickOn("#wa-region").write(FakeWaTool.REGION);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.workloads.size() == 1);

        robot.clickOn("#wa-workloads").type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.get() != 0);

        assertThat(services.reviews().open(opened.get()).workload().name()).isEqualTo("Claims Portal (WA Tool)");
        assertThat(model.message.get()).startsWith("Imported as \"Claims Portal (WA Tool)\": 11 of 11 questions");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).isFalse();
    }
}
