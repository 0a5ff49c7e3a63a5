package io.secpillar.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the files a report carries inside it (the review's data, the evidence results), for {@code verify}. */
public final class ReportAttachments {

    private ReportAttachments() {
    }

    /** The embedded files, in the order the report lists them; empty for a PDF that carries none. */
    public static List<AttachedFile> read(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Attachments.read(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the files inside " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static Optional<AttachedFile> named(List<AttachedFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
