package io.secpillar.ui.report;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.report.pdf.PdfSignatureVerifier;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.signing.KeyType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog on a headless JavaFX (Monocle): preview, section choice, export, signing, wrong password, cancel. */
@ExtendWith(ApplicationExtension.class)
class ReportExportDialogTest {

    @TempDir
    static Path data;
    @TempDir
    Path out;
    static Services services;
    static Workload demo;
    ReportExportDialog dialog;

    @BeforeAll
    static void open() {
        services = Services.open(data, Clock.systemUTC());
        demo = services.demo().openOrCreate();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new ReportExportDialog(services.reportKit(), demo.id(), demo.name(), stage);
        dialog.show();
    }

    /** Writes what the dialog looks like, for people reviewing the change (no javafx-swing needed). */
    private void snapshot(FxRobot robot, Path file) throws Exception {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = dialog.stage().getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(png, "png", file.toFile());
    }

    /** Long paths are set directly; typing them key by key only slows the test. */
    private void setOutput(FxRobot robot, Path pdf) {
        robot.interact(() -> robot.lookup("#output").queryAs(javafx.scene.control.TextField.class).setText(pdf.toString()));
    }

    private Label status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class);
    }

    private void waitForStatus(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status(robot).getText().contains(text));
    }

    @Test
    void previewShowsTheFirstPagesAndFollowsTheSectionChoice(FxRobot robot) throws Exception {
        HBox pages = robot.lookup("#preview-pages").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pages.getChildren().size() == ReportExportViewModel.PREVIEW_PAGES);
        Node first = pages.getChildren().get(0);
        assertThat(first).isInstanceOf(ImageView.class);
        assertThat(((ImageView) first).getImage().getWidth()).isGreaterThan(200);
        robot.clickOn("#sign-self-signed");
        snapshot(robot, Path.of("target", "report-dialog.png"));
        robot.clickOn("#sign-none");
        robot.clickOn("#section-appendix");
        assertThat(dialog.model().section("appendix").get()).isFalse();
    }

    @Test
    void exportsUnsignedInTheBackground(FxRobot robot) throws Exception {
        Path pdf = out.resolve("dialog.pdf");
        setOutput(robot, pdf);
        robot.clickOn("#export");
        // the task's own progress line also starts with "Saved"; wait for the dialog's final sentence
        waitForStatus(robot, "not signed");
        assertThat(status(robot).getText()).startsWith("Saved " + pdf);
        assertThat(pdf).isRegularFile();
        assertThat(new PdfSignatureVerifier().verify(pdf).verdict().name()).isEqualTo("NOT_SIGNED");
    }

    @Test
    void theMaskedCopyHasNoAccountIdInItsPages(FxRobot robot) throws Exception {
        Path pdf = out.resolve("board-copy.pdf");
        setOutput(robot, pdf);
        robot.clickOn("#mask");
        assertThat(dialog.model().maskedProperty().get()).isTrue();
        robot.clickOn("#export");
        waitForStatus(robot, "not signed");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("1111••••3333").contains("Account ids and resource names masked")
                    .doesNotContain("111122223333");
        }
    }

    @Test
    void signsWithTheSelfSignedCertificateAndRefusesAWrongPassword(FxRobot robot) throws Exception {
        ReportKit kit = services.reportKit();
        kit.selfSigned().create("Daniel Osei", Optional.of("Northwind"), KeyType.EC_P256,
                "right-password".toCharArray(), Instant.now(), true);
        robot.interact(() -> dialog.model().refreshSelfSigned());
        Path pdf = out.resolve("signed.pdf");
        setOutput(robot, pdf);
        robot.clickOn("#sign-self-signed");
        Label summary = robot.lookup("#self-signed-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("Daniel Osei"));

        robot.clickOn("#password").write("wrong-password");
        robot.clickOn("#export");
        waitForStatus(robot, "password is wrong");
        assertThat(pdf).doesNotExist();

        robot.clickOn("#password").write("right-password");
        robot.clickOn("#location").write("Zürich");
        robot.clickOn("#export");
        waitForStatus(robot, "signed; certificate SHA-256");
        var result = new PdfSignatureVerifier().verify(pdf);
        assertThat(result.intact()).isTrue();
        assertThat(result.location()).contains("Zürich");
    }

    @Test
    void cancelLeavesNoFile(FxRobot robot) throws Exception {
        Path pdf = out.resolve("cancelled.pdf");
        setOutput(robot, pdf);
        robot.interact(() -> {
            robot.lookup("#export").queryButton().fire();
            robot.lookup("#cancel").queryButton().fire();
        });
        waitForStatus(robot, "cancelled");
        Thread.sleep(3000);
        assertThat(pdf).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void escapeClosesTheDialogFromItsOutputField(FxRobot robot) {
        robot.clickOn("#output");
        assertThat(dialog.stage().isShowing()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).as("Esc closes the export dialog").isFalse();
    }

    @Test
    void theDialogFitsOnTheScreenItOpensOn(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(dialog.stage().getWidth()).isLessThanOrEqualTo(screen.getWidth() * 0.9 + 1);
        assertThat(dialog.stage().getHeight()).isLessThanOrEqualTo(screen.getHeight() * 0.9 + 1);
    }
}
