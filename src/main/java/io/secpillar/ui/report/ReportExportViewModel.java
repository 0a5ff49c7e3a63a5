package io.secpillar.ui.report;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.pdf.ExportRequest;
import io.secpillar.report.pdf.ExportResult;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.pdf.ReportPreview;
import io.secpillar.report.pdf.ReportSections;
import io.secpillar.report.pdf.SectionRenderer;
import io.secpillar.report.signing.Certificates;
import io.secpillar.report.signing.KeystoreLoader;
import io.secpillar.report.signing.SigningCredentials;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of the export dialog and the work it starts: section choice, signing options, where to save, and
 * background tasks for the preview and the export. No controls here, so it is testable without a window.
 */
public final class ReportExportViewModel {

    static final int PREVIEW_PAGES = 3;

    private final ReportKit kit;
    private final long workloadId;
    private final Map<String, BooleanProperty> sections = new LinkedHashMap<>();
    private final ObjectProperty<SigningChoice> signing = new SimpleObjectProperty<>(SigningChoice.NONE);
    private final StringProperty keystore = new SimpleStringProperty("");
    private final StringProperty alias = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty(ExportRequest.DEFAULT_REASON);
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty selfSignedSummary = new SimpleStringProperty("");
    private final BooleanProperty selfSignedExists = new SimpleBooleanProperty(false);
    private final BooleanProperty masked = new SimpleBooleanProperty(false);

    public ReportExportViewModel(ReportKit kit, long workloadId) {
        this.kit = kit;
        this.workloadId = workloadId;
        for (SectionRenderer s : ReportSections.ALL) {
            sections.put(s.id(), new SimpleBooleanProperty(true));
        }
        refreshSelfSigned();
    }

    /** Whether the section with this id (as {@link ReportSections#ALL} names it) is to be printed. */
    public BooleanProperty section(String id) {
        return sections.get(id);
    }

    /** Account ids and resource names masked: the copy for a board or an insurer. */
    public BooleanProperty maskedProperty() {
        return masked;
    }

    public ObjectProperty<SigningChoice> signingProperty() {
        return signing;
    }

    public StringProperty keystoreProperty() {
        return keystore;
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty selfSignedSummaryProperty() {
        return selfSignedSummary;
    }

    public BooleanProperty selfSignedExistsProperty() {
        return selfSignedExists;
    }

    ReportKit kit() {
        return kit;
    }

    /** Re-reads the stored self-signed certificate (after it was created) in the background. */
    public void refreshSelfSigned() {
        io.secpillar.ui.common.Background.run("The self-signed certificate could not be read",
                () -> kit.selfSigned().certificate(), this::showSelfSigned,
                e -> selfSignedSummary.set("Cannot read the self-signed certificate: " + e.getMessage()));
    }

    private void showSelfSigned(Optional<java.security.cert.X509Certificate> cert) {
        selfSignedExists.set(cert.isPresent());
        selfSignedSummary.set(cert.map(c -> Certificates.commonName(c) + " · " + Certificates.keyDescription(c)
                + " · valid until " + c.getNotAfter().toInstant().toString().substring(0, 10) + "\nSHA-256 "
                + Certificates.fingerprintSha256(c)).orElse("No self-signed certificate yet."));
    }

    Set<String> chosenSections() {
        Set<String> chosen = new LinkedHashSet<>();
        sections.forEach((s, p) -> {
            if (p.get()) {
                chosen.add(s);
            }
        });
        return chosen;
    }

    /** What is wrong with the form before anything starts; empty when the export can run. */
    public Optional<String> problem(char[] password) {
        if (output.get().isBlank()) {
            return Optional.of("Choose where to save the report.");
        }
        if (signing.get() == SigningChoice.KEYSTORE && keystore.get().isBlank()) {
            return Optional.of("Choose the keystore (.p12) to sign with.");
        }
        if (signing.get() == SigningChoice.SELF_SIGNED && !selfSignedExists.get()) {
            return Optional.of("Create the self-signed certificate first, or choose another way to sign.");
        }
        if (signing.get() != SigningChoice.NONE && password.length == 0) {
            return Optional.of("Type the keystore password.");
        }
        return Optional.empty();
    }

    /** The export as a background task; the password array is cleared as soon as the key is loaded. */
    public Task<ExportResult> exportTask(char[] password) {
        SigningChoice choice = signing.get();
        Path keystorePath = keystore.get().isBlank() ? null : Path.of(keystore.get().strip());
        Optional<String> keyAlias = Optional.of(alias.get()).filter(a -> !a.isBlank());
        Path target = Path.of(output.get().strip());
        Set<String> chosen = chosenSections();
        boolean mask = masked.get();
        String why = reason.get();
        String where = location.get();
        return new Task<>() {
            @Override
            protected ExportResult call() {
                updateMessage("Opening the signing key");
                Optional<SigningCredentials> signer;
                try {
                    signer = credentials(choice, keystorePath, keyAlias, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                updateMessage("Reading the review");
                ReviewSnapshot snapshot = kit.review(workloadId);
                String issuedBy = signer.map(c -> Certificates.commonName(c.certificate()))
                        .orElse(kit.reviewerName());
                ExportRequest request = new ExportRequest(snapshot, kit.evidenceFor(workloadId),
                        new ReportOptions(chosen, kit.branding().load(), issuedBy, mask), target, signer, why, where);
                return kit.exporter().export(request, (fraction, message) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
    }

    /** Renders the report as chosen (unsigned) and draws its first pages. */
    public Task<List<BufferedImage>> previewTask() {
        Set<String> chosen = chosenSections();
        boolean mask = masked.get();
        return new Task<>() {
            @Override
            protected List<BufferedImage> call() {
                ReviewSnapshot snapshot = kit.review(workloadId);
                Branding branding = kit.branding().load();
                ReportModel model = kit.modelBuilder().build(snapshot,
                        kit.evidenceFor(workloadId), new ReportOptions(chosen, branding, kit.reviewerName(), mask),
                        kit.version(), kit.clock().instant());
                return ReportPreview.firstPages(model, PREVIEW_PAGES, 40f, (f, m) -> updateProgress(f, 1.0),
                        this::isCancelled);
            }
        };
    }

    private Optional<SigningCredentials> credentials(SigningChoice choice, Path keystorePath, Optional<String> keyAlias,
                                                     char[] password) {
        java.time.Instant now = kit.clock().instant();
        return switch (choice) {
            case NONE -> Optional.empty();
            case SELF_SIGNED -> Optional.of(kit.selfSigned().load(password, now));
            case KEYSTORE -> Optional.of(KeystoreLoader.load(keystorePath, keyAlias, password, now));
        };
    }
}
