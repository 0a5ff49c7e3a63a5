package io.secpillar.report.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * One page's content stream and its place in the structure: every drawing step is wrapped in a marked-content
 * sequence, as content of the open structure element (text, and shapes inside a figure) or as an artifact.
 */
final class Canvas implements AutoCloseable {

    /** Drawing operators written between the marks. */
    interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private final PDPageContentStream cs;
    private final PDPage page;
    private final Tags tags;

    Canvas(PDPageContentStream cs, PDPage page, Tags tags) {
        this.cs = cs;
        this.page = page;
        this.tags = tags;
    }

    PDPage page() {
        return page;
    }

    Tags tags() {
        return tags;
    }

    /** Text: content of the open element. */
    void text(Drawing drawing) throws IOException {
        marked(tags.mark(page, true), drawing);
    }

    /** Rules, panels, bars and images: artifacts, unless a figure is open. */
    void shape(Drawing drawing) throws IOException {
        marked(tags.mark(page, false), drawing);
    }

    @SuppressWarnings("deprecation")
    private void marked(Tags.Mark mark, Drawing drawing) throws IOException {
        cs.appendRawCommands(mark.begin());
        drawing.draw(cs);
        cs.appendRawCommands("EMC\n");
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
