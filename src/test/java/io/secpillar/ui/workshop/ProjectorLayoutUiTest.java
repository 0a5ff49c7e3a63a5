package io.secpillar.ui.workshop;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.ui.App;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review on a 1280×720 projector, at the normal size and at the largest zoom: no count in the header is cut
 * short, and at least one best practice is in view below the question.
 */
class ProjectorLayoutUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;
    private Stage stage;
    private long demoId;
    private long longNameId;

    @BeforeEach
    void start() throws Exception {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            demoId = services.demo().create().id();
            longNameId = services.reviews().create(new WorkloadDraft("Payments Platform", "Zürcher Kantonal Versicherungen AG",
                    "", Environment.PREPRODUCTION, List.of("111122223333"), List.of("eu-central-2"), "Sam"),
                    services.lenses().bundled()).id();
        }
        stage = FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().model().services().isPresent());
        interact(() -> {
            Stage window = (Stage) app.shell().root().getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1280);
            window.setHeight(720);
        });
    }

    private void open(long id) throws Exception {
        interact(() -> app.shell().model().openWorkload(id));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#question-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theHeaderShowsEveryCountWholeAtTheNormalSize() throws Exception {
        open(longNameId);
        assertThat(app.shell().root().getScene().getWidth()).isEqualTo(1280);
        assertHeaderWhole();
    }

    @Test
    void atTheLargestZoomABestPracticeIsInView() throws Exception {
        open(demoId);
        zoomToTheMaximum();
        assertThat(practiceRowsInView()).as("best practices visible in the question pane").isNotEmpty();
    }

    @Test
    void atTheLargestZoomTheHeaderIsWhole() throws Exception {
        open(demoId);
        zoomToTheMaximum();
        assertHeaderWhole();
    }

    private void zoomToTheMaximum() {
        clickOn("#question-list");
        for (int i = 0; i < 12; i++) {
            press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertHeaderWhole() {
        for (String id : List.of("#count-high", "#count-medium", "#count-none", "#count-not-applicable",
                "#count-unanswered", "#progress-text", "#workload-title")) {
            Labeled label = lookup(".review-header " + id).queryAs(Labeled.class);
            assertThat(shown(label)).as(id + " as drawn").isEqualTo(label.getText());
        }
    }

    /** The text the label draws (JavaFX replaces a cut end by an ellipsis). */
    static String shown(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private List<Node> practiceRowsInView() {
        ScrollPane scroll = lookup(".question-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getViewportBounds().getWidth() > 0
                ? new javafx.geometry.BoundingBox(0, 0, scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight())
                : scroll.getLayoutBounds());
        double sceneHeight = scroll.getScene().getHeight();
        return lookup(".practice-row").queryAll().stream().filter(row -> {
            Bounds b = row.localToScene(row.getLayoutBounds());
            double top = Math.max(b.getMinY(), viewport.getMinY());
            double bottom = Math.min(Math.min(b.getMaxY(), viewport.getMaxY()), sceneHeight);
            return bottom - top >= Math.min(40, b.getHeight());
        }).toList();
    }
}
