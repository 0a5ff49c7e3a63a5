package io.secpillar.report.pdf;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportModelBuilder;
import io.secpillar.report.signing.Certificates;
import io.secpillar.report.signing.KeystoreLoader;
import io.secpillar.report.signing.SigningCredentials;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Builds, renders, signs and writes a report. The file appears at its path only when complete: it is written to
 * a temporary file in the same folder and moved into place, so a failure or a cancel never leaves half a report
 * (and never replaces a good one).
 */
public final class ReportExporter {

    private final ReportModelBuilder builder;
    private final PdfReportRenderer renderer = new PdfReportRenderer();
    private final PdfSigner signer = new PdfSigner();
    private final Clock clock;
    private final String version;

    public ReportExporter(CheckMapping mapping, Clock clock, String workbenchVersion) {
        this.builder = new ReportModelBuilder(mapping);
        this.clock = clock;
        this.version = workbenchVersion;
    }

    public ExportResult export(ExportRequest request, Progress progress, BooleanSupplier cancelled) {
        Path target = request.output().toAbsolutePath().normalize();
        Path folder = checkWritable(target);
        Instant now = clock.instant();
        Optional<SignatureBlock> block = request.signer().map(c -> block(c, request, now));
        request.signer().ifPresent(c -> KeystoreLoader.checkValidity(c.certificate(), now));
        progress.update(0.01, "Collecting the review");
        ReportModel model = builder.build(request.snapshot(), request.evidence(), request.options(), version, now);
        RenderedReport rendered = renderer.render(model, block, progress, cancelled);
        stopIfCancelled(cancelled);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (request.signer().isPresent()) {
                    progress.update(0.92, request.tsa().isPresent() ? "Signing, with a timestamp from "
                            + request.tsa().get().url().getHost() : "Signing");
                    signer.sign(rendered, request.signer().get(), block.get(), request.tsa(), out);
                } else {
                    out.write(rendered.pdf());
                }
            }
            stopIfCancelled(cancelled);
            progress.update(0.98, "Saving " + target.getFileName());
            move(tmp, target);
            progress.update(1.0, "Saved " + target.getFileName());
            return new ExportResult(target, rendered.pages(), Files.size(target),
                    request.signer().map(c -> Certificates.fingerprintSha256(c.certificate())));
        } catch (ReportExportException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ReportExportException("Cannot write the report to " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** The folder must exist and take new files; checked before any work so the consultant waits for nothing. */
    static Path checkWritable(Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportExportException("Cannot write the report to " + target + ": the folder " + folder
                    + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new ReportExportException("Cannot write the report to " + target + ": that is a folder. "
                    + "Give a file name such as report.pdf.");
        }
        if (!Files.isWritable(folder)) {
            throw new ReportExportException("Cannot write the report to " + target + ": the folder is not writable.");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new ReportExportException("Cannot replace " + target + ": the file is read-only.");
        }
        return folder;
    }

    private static SignatureBlock block(SigningCredentials c, ExportRequest request, Instant now) {
        X509Certificate cert = c.certificate();
        return new SignatureBlock(Certificates.commonName(cert), Certificates.organisation(cert),
                Certificates.fingerprintSha256(cert), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                Certificates.selfSigned(cert), now, request.reason(), request.location(),
                request.tsa().map(t -> t.url().getHost()));
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Report export cancelled; no file was written.");
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden (leading dot) and harmless; nothing more can be done here
            }
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
