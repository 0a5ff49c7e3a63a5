package io.secpillar.report.pdf;

import io.secpillar.report.ReportModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The first pages of a report drawn as images, for the export dialog's preview: the report is rendered unsigned
 * and its first pages rasterised. Slow (hundreds of milliseconds); call it on a background thread.
 */
public final class ReportPreview {

    private ReportPreview() {
    }

    public static List<BufferedImage> firstPages(ReportModel model, int pages, float dpi, Progress progress,
                                                 BooleanSupplier cancelled) {
        byte[] pdf = PdfReportRenderer.withoutData().render(model, Optional.empty(), progress, cancelled).pdf();
        return render(pdf, pages, dpi);
    }

    static List<BufferedImage> render(byte[] pdf, int pages, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < Math.min(pages, doc.getNumberOfPages()); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the preview: " + e.getMessage(), e);
        }
    }
}
