package io.secpillar.ui.report;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.pdf.ReportSections;
import io.secpillar.report.pdf.ExportRequest;
import io.secpillar.report.pdf.Progress;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.signing.KeyType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's "Verify a report…" action says intact for a signed report and not intact once a byte changed. */
@ExtendWith(ApplicationExtension.class)
class VerifyReportDialogTest {

    @TempDir
    Path dir;
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void saysIntactThenNotIntact(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("signed.pdf");
        try (Services services = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            ReportKit kit = services.reportKit();
            kit.selfSigned().create("Daniel Osei", Optional.empty(), KeyType.EC_P256, "password-1".toCharArray(),
                    Instant.now(), false);
            ReviewSnapshot s = services.reviews().open(services.demo().openOrCreate().id());
            kit.exporter().export(new ExportRequest(s, ReportEvidence.none(Map.of()),
                    ReportSections.everything(Branding.defaults(), "Daniel Osei"), pdf,
                    Optional.of(kit.selfSigned().load("password-1".toCharArray(), Instant.now())), null, null),
                    Progress.NONE, () -> false);
        }
        String intact = verdictFor(robot, pdf);
        assertThat(intact).startsWith("Intact")
                .contains("Daniel Osei").contains("Certificate SHA-256").contains("no changes permitted");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 4] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);
        assertThat(verdictFor(robot, tampered)).containsAnyOf("Not intact", "Unreadable");
    }

    private String verdictFor(FxRobot robot, Path file) throws Exception {
        VerifyReportDialog[] dialog = new VerifyReportDialog[1];
        robot.interact(() -> {
            dialog[0] = new VerifyReportDialog(owner);
            dialog[0].verify(file);
        });
        Label verdict = robot.from(dialog[0].stage().getScene().getRoot()).lookup("#verify-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !verdict.getText().startsWith("Checking"));
        String text = verdict.getText() + "\n" + robot.from(dialog[0].stage().getScene().getRoot())
                .lookup("#verify-details").queryAs(TextArea.class).getText();
        robot.interact(() -> dialog[0].stage().close());
        return text;
    }
}
