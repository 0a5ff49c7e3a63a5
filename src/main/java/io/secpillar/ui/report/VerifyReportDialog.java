package io.secpillar.ui.report;

import io.secpillar.report.pdf.AttachedFile;
import io.secpillar.ui.common.Dialogs;

import io.secpillar.report.pdf.PdfSignatureVerifier;
import io.secpillar.report.pdf.ReportAttachments;
import io.secpillar.report.pdf.VerificationResult;
import io.secpillar.ui.common.Background;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** "Verify a report…": picks a PDF, checks its signature in the background, and says plainly what it found. */
public final class VerifyReportDialog {

    private final Stage stage = new Stage();
    private final Label verdict = new Label("Checking…");
    private final TextArea details = new TextArea();

    public VerifyReportDialog(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Verify a signed report");
        details.setEditable(false);
        details.setWrapText(true);
        details.setId("verify-details");
        verdict.setId("verify-verdict");
        verdict.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        VBox root = new VBox(10, verdict, details);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root, 640, 380));
        Dialogs.fitAndClose(stage); // Esc closes; never larger than the screen (a 720-line projector)
    }

    /** Asks for the file, then verifies it; does nothing when the user cancels the file chooser. */
    public static void chooseAndVerify(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the report to verify");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            new VerifyReportDialog(owner).verify(file.toPath());
        }
    }

    public Stage stage() {
        return stage;
    }

    public void verify(Path file) {
        stage.show();
        Background.run("The report could not be verified",
                () -> Map.entry(new PdfSignatureVerifier().verify(file), attachments(file)),
                found -> show(found.getKey(), found.getValue()),
                e -> verdict.setText("Cannot check " + file.getFileName() + ": " + e.getMessage()));
    }

    private static List<AttachedFile> attachments(Path file) {
        try {
            return ReportAttachments.read(file);
        } catch (RuntimeException unreadable) {
            return List.of(); // the verdict already says the file cannot be read
        }
    }

    private void show(VerificationResult r, List<AttachedFile> files) {
        details.setText(describe(r, files)); // before the verdict: a changed verdict means all is on screen
        verdict.setText(switch (r.verdict()) {
            case INTACT -> "Intact: signed, and nothing changed since.";
            case CHANGED_AFTER_SIGNING -> "Not intact: something was added after signing.";
            case BROKEN -> "Not intact: the signed content was altered.";
            case NOT_SIGNED -> "Not signed.";
            case UNREADABLE -> "Unreadable.";
        });
        verdict.setStyle(verdict.getStyle() + (r.intact() ? "-fx-text-fill: #15803D;" : "-fx-text-fill: #C62828;"));
    }

    private static String describe(VerificationResult r, List<AttachedFile> files) {
        StringBuilder b = new StringBuilder();
        r.signer().ifPresent(s -> b.append("Signed by: ").append(s).append('\n'));
        r.signingTime().ifPresent(t -> b.append("Signed at: ").append(t).append('\n'));
        r.timestamp().ifPresent(t -> b.append("Trusted time: ").append(t.time()).append(" from ")
                .append(t.authority()).append('\n'));
        r.fingerprintSha256().ifPresent(f -> b.append("Certificate SHA-256: ").append(f).append('\n'));
        r.validFrom().ifPresent(f -> b.append("Certificate valid: ").append(f).append(" to ")
                .append(r.validTo().map(Object::toString).orElse("?"))
                .append(r.selfSigned() ? " (self-signed: compare the fingerprint with the issuer's)" : "").append('\n'));
        b.append("Signature: ").append(r.signatureValid() ? "valid" : "not valid").append('\n');
        b.append("After signing: ").append(r.coversWholeFile() ? "nothing added" : "content was added").append('\n');
        r.docMdpPermission().ifPresent(p -> b.append("Certification: ")
                .append(p == 1 ? "no changes permitted" : "level " + p).append('\n'));
        r.problems().forEach(p -> b.append("Problem: ").append(p).append('\n'));
        files.forEach(f -> b.append("Embedded file: ").append(f.name()).append(" (").append(f.bytes().length / 1024)
                .append(" KB)").append(r.intact() ? ", covered by the signature" : "").append('\n'));
        return b.toString();
    }
}
