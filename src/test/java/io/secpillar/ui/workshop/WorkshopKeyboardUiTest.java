package io.secpillar.ui.workshop;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.ui.App;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole question answered with the keyboard alone on a 1280×720 window: ticks by number, "None of these" and its
 * undo, notes that Tab leaves, the next question; presentation mode; and no control drawn outside the window.
 */
class WorkshopKeyboardUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private App app;
    private long workloadId;

    @BeforeEach
    void start() throws Exception {
        try (Services services = Services.open(dataDir, Clock.systemUTC())) {
            services.demo().create();
            workloadId = services.reviews().create(new WorkloadDraft("Payments Platform", "Northwind", "",
                    Environment.PRODUCTION, List.of("111122223333"), List.of("eu-central-1"), "Sam"),
                    services.lenses().bundled()).id();
        }
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(Optional.of(dataDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().model().services().isPresent());
        interact(() -> {
            Stage window = (Stage) app.shell().root().getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1280);
            window.setHeight(720);
        });
        interact(() -> app.shell().model().openWorkload(workloadId));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#question-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#question-list").query().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void ctrl(KeyCode... keys) {
        List<KeyCode> all = new ArrayList<>(List.of(KeyCode.CONTROL));
        all.addAll(List.of(keys));
        press(all.toArray(KeyCode[]::new));
        for (int i = all.size() - 1; i >= 0; i--) {
            release(all.get(i));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<CheckBox> practices() {
        return lookup(".practice-check").queryAllAs(CheckBox.class).stream().toList();
    }

    private boolean ticked(int n) {
        return practices().get(n - 1).isSelected();
    }

    private String footer() {
        return lookup("#answer-problem").queryAs(Labeled.class).getText();
    }

    @Test
    void aWholeQuestionByKeyboardAndNoneOfTheseIsUndoneWithCtrlZ() {
        String first = lookup("#question-title").queryLabeled().getText();
        type(KeyCode.DIGIT1).type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ticked(1)).isTrue();
        assertThat(ticked(2)).isTrue();

        type(KeyCode.DIGIT0); // None of these: clears the two ticks, says so, and Ctrl+Z brings them back
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#none-of-these").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(ticked(1)).isFalse();
        assertThat(footer()).contains("unticked").contains("Ctrl+Z");

        ctrl(KeyCode.Z);
        assertThat(ticked(1)).isTrue();
        assertThat(ticked(2)).isTrue();
        assertThat(lookup("#none-of-these").queryAs(CheckBox.class).isSelected()).isFalse();
        ctrl(KeyCode.SHIFT, KeyCode.Z); // redo
        assertThat(ticked(1)).isFalse();
        ctrl(KeyCode.Z);
        assertThat(ticked(1)).isTrue();

        ctrl(KeyCode.E);
        TextArea notes = lookup("#notes").queryAs(TextArea.class);
        assertThat(notes.isFocused()).isTrue();
        write("Client showed the SCPs");
        type(KeyCode.TAB); // leaves the notes, no tab typed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.isFocused()).isFalse();
        assertThat(notes.getText()).isEqualTo("Client showed the SCPs");

        type(KeyCode.ESCAPE);
        ctrl(KeyCode.PAGE_DOWN);
        assertThat(lookup("#question-title").queryLabeled().getText()).isNotEqualTo(first);
        ctrl(KeyCode.PAGE_UP);
        assertThat(lookup("#question-title").queryLabeled().getText()).isEqualTo(first);
        assertThat(ticked(1)).isTrue();
        assertThat(lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("Client showed the SCPs");
    }

    @Test
    void aDigitScrollsItsRowIntoViewAtTheLargestZoom() throws Exception {
        for (int i = 0; i < 8; i++) {
            ctrl(KeyCode.EQUALS);
        }
        int last = practices().size();
        type(KeyCode.values()[KeyCode.DIGIT0.ordinal() + last]);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> ticked(last) && insideViewport(practices().get(last - 1)));
        assertThat(insideViewport(practices().get(last - 1))).as("the row the key changed is in view").isTrue();
    }

    @Test
    void presentationModeShowsOneLargeQuestionWithoutNotesOrListAndEscLeavesIt() {
        double normal = lookup("#question-title").queryLabeled().getFont().getSize();
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().root().getScene().getRoot().getStyleClass()).contains("presenting");
        assertThat(lookup("#question-title").queryLabeled().getFont().getSize()).isGreaterThan(normal);
        assertThat(visible("#question-list")).isFalse();
        assertThat(visible("#notes")).isFalse();
        String first = lookup("#question-title").queryLabeled().getText();
        type(KeyCode.PAGE_DOWN);
        assertThat(lookup("#question-title").queryLabeled().getText()).isNotEqualTo(first);
        assertThat(outsideTheWindow()).isEmpty();

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().root().getScene().getRoot().getStyleClass()).doesNotContain("presenting");
        assertThat(visible("#notes")).isTrue();
    }

    @Test
    void noControlIsDrawnOutsideTheWindowAtTheNormalSizeOrTheLargestZoom() {
        assertThat(outsideTheWindow()).isEmpty();
        for (int i = 0; i < 8; i++) {
            ctrl(KeyCode.EQUALS);
        }
        assertThat(outsideTheWindow()).isEmpty();
    }

    /** Shown (itself and every parent visible, in the scene), whether or not it is scrolled into view. */
    private boolean visible(String query) {
        return lookup(query).tryQuery().filter(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).isPresent();
    }

    private boolean insideViewport(Node node) {
        ScrollPane scroll = lookup(".question-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= viewport.getMinY() - 1 && b.getMaxY() <= viewport.getMaxY() + 1;
    }

    /** Visible controls outside the scroll panes whose bounds leave the 1280×720 scene (cut off by the window). */
    private List<String> outsideTheWindow() {
        List<String> out = new ArrayList<>();
        Parent root = app.shell().root().getScene().getRoot();
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        assertThat(width).isEqualTo(1280);
        collect(root, width, height, out);
        return out;
    }

    private static void collect(Parent parent, double width, double height, List<String> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Control c && n.getScene() != null) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5 || b.getMinY() < -0.5 || b.getMaxY() > height + 0.5) {
                    out.add(c.getClass().getSimpleName() + " " + c.getId() + " " + b);
                }
            }
            if (n instanceof ScrollPane) {
                continue; // what scrolls is meant to leave the viewport
            }
            if (n instanceof Parent p) {
                collect(p, width, height, out);
            }
        }
    }
}
