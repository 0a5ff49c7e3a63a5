package io.secpillar.report.pdf;

import io.secpillar.report.RgbColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;

/**
 * Pages in order with a cursor moving down them: opens a page when the next block does not fit, draws the
 * running header on every body page, and records headings for the outline and the contents.
 */
final class PageFlow implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN_X = 56;
    static final float TOP = SIZE.getHeight() - 74;
    static final float BOTTOM = 62;

    private final PDDocument doc;
    private final Fonts fonts;
    private final Palette palette;
    private final String runningTitle;
    private final String runningRight;
    private final BooleanSupplier cancelled;
    private final List<Anchor> anchors = new ArrayList<>();
    private final Tags tags;
    private PDPage page;
    private Canvas cs;
    private float y;

    PageFlow(PDDocument doc, Fonts fonts, Palette palette, Tags tags, String runningTitle, String runningRight,
             BooleanSupplier cancelled) {
        this.doc = doc;
        this.tags = tags;
        this.fonts = fonts;
        this.palette = palette;
        this.runningTitle = runningTitle;
        this.runningRight = runningRight;
        this.cancelled = cancelled;
    }

    PDDocument document() {
        return doc;
    }

    Fonts fonts() {
        return fonts;
    }

    Palette palette() {
        return palette;
    }

    Canvas cs() {
        return cs;
    }

    Tags tags() {
        return tags;
    }

    PDPage page() {
        return page;
    }

    float y() {
        return y;
    }

    void moveDown(float dy) {
        y -= dy;
    }

    float left() {
        return MARGIN_X;
    }

    float right() {
        return SIZE.getWidth() - MARGIN_X;
    }

    float width() {
        return right() - left();
    }

    float remaining() {
        return y - BOTTOM;
    }

    List<Anchor> anchors() {
        return anchors;
    }

    void anchor(int level, String title) {
        anchors.add(new Anchor(level, title, page, Math.min(SIZE.getHeight(), y + 24)));
    }

    /** A page without header (the cover), cursor at the top edge. */
    PDPage barePage() throws IOException {
        open();
        y = SIZE.getHeight();
        return page;
    }

    /** A body page with the running header; the cursor starts under it. */
    PDPage newPage() throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Report export cancelled.");
        }
        open();
        Contents.header(cs, fonts, palette, runningTitle, runningRight);
        y = TOP;
        return page;
    }

    /** Starts a new page unless {@code height} still fits below the cursor. */
    void ensure(float height) throws IOException {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void rule(RgbColor color, float width) throws IOException {
        Ink.line(cs, color, width, left(), y, right(), y);
    }

    private void open() throws IOException {
        closeStream();
        page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new Canvas(new PDPageContentStream(doc, page), page, tags);
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
