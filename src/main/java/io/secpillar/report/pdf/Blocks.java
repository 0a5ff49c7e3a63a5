package io.secpillar.report.pdf;

import io.secpillar.report.RgbColor;

import java.io.IOException;
import java.util.List;

/** The typographic blocks of the report body: headings, paragraphs, callouts and badges, drawn on a flow. */
final class Blocks {

    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private final PageFlow flow;
    private final Fonts fonts;

    Blocks(PageFlow flow) {
        this.flow = flow;
        this.fonts = flow.fonts();
    }

    PageFlow flow() {
        return flow;
    }

    /** A section title on a fresh page, with an accent bar, in the outline at level 1. */
    void sectionTitle(String number, String title) throws IOException {
        flow.newPage();
        flow.anchor(1, number.isEmpty() ? title : number + "  " + title);
        float y = flow.y() - 22;
        Ink.rect(flow.cs(), flow.palette().accent(), flow.left(), y - 4, 4, 28);
        String text = fonts.bold().drawable(number.isEmpty() ? title : number + "  " + title);
        Ink.text(flow.cs(), fonts.bold(), 20, flow.palette().primary(), flow.left() + 14, y + 2, text);
        flow.moveDown(46);
    }

    /** A sub-heading, in the outline at level 2 when {@code outline} is set. */
    void heading(String title, boolean outline) throws IOException {
        flow.ensure(120);
        if (flow.y() < PageFlow.TOP) {
            flow.moveDown(8);
        }
        if (outline) {
            flow.anchor(2, title);
        }
        List<String> lines = TextWrap.lines(fonts.bold(), 13, title, flow.width());
        for (String line : lines) {
            flow.moveDown(15);
            Ink.text(flow.cs(), fonts.bold(), 13, flow.palette().primary(), flow.left(), flow.y(), line);
        }
        flow.moveDown(9);
    }

    /** A bold title with a muted line under it, kept together with the start of what follows. */
    void subheading(String title, String detail) throws IOException {
        flow.ensure(90);
        flow.moveDown(6);
        paragraph(title, fonts.bold(), 10.5f, Palette.TEXT, 0);
        flow.moveDown(-4);
        paragraph(detail, fonts.regular(), 8, Palette.MUTED, 0);
    }

    /** A small bold label above a block. */
    void label(String text) throws IOException {
        flow.ensure(90); // keep the label with the header and first row of what follows
        flow.moveDown(12);
        Ink.text(flow.cs(), fonts.bold(), 9, flow.palette().primary(), flow.left(), flow.y(),
                fonts.bold().drawable(text.toUpperCase(java.util.Locale.ROOT)));
        flow.moveDown(6);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, fonts.regular(), BODY, Palette.TEXT, 0);
    }

    void muted(String text) throws IOException {
        paragraph(text, fonts.regular(), SMALL + 0.5f, Palette.MUTED, 0);
    }

    /** Wrapped text, breaking across pages between lines. */
    void paragraph(String text, PdfFont font, float size, RgbColor color, float indent) throws IOException {
        float leading = size * 1.42f;
        for (String line : TextWrap.lines(font, size, text, flow.width() - indent)) {
            flow.ensure(leading);
            flow.moveDown(leading);
            Ink.text(flow.cs(), font, size, color, flow.left() + indent, flow.y() + 0.25f * size, line);
        }
        flow.moveDown(size * 0.6f);
    }

    /** Text on a tinted panel with a coloured edge: notes, not-applicable reasons, the no-evidence notice. */
    void callout(String title, String text, RgbColor edge) throws IOException {
        float pad = 9;
        float width = flow.width() - 2 * pad - 4;
        List<String> lines = TextWrap.lines(fonts.regular(), BODY, text, width);
        float leading = BODY * 1.42f;
        int index = 0;
        boolean first = true;
        while (index < lines.size() || first) {
            flow.ensure(pad * 2 + 14 + leading);
            int fit = (int) Math.max(1, Math.floor((flow.remaining() - 2 * pad - (first ? 14 : 0)) / leading));
            int take = Math.min(fit, lines.size() - index);
            float height = 2 * pad + (first ? 14 : 0) + take * leading;
            float top = flow.y();
            Ink.rect(flow.cs(), edge.tint(0.92), flow.left(), top - height, flow.width(), height);
            Ink.rect(flow.cs(), edge, flow.left(), top - height, 3, height);
            float cursor = top - pad;
            if (first) {
                cursor -= 10;
                Ink.text(flow.cs(), fonts.bold(), 9, edge, flow.left() + pad + 4, cursor, fonts.bold().drawable(title));
                cursor -= 4;
            }
            for (int i = 0; i < take; i++) {
                cursor -= leading;
                Ink.text(flow.cs(), fonts.regular(), BODY, Palette.TEXT, flow.left() + pad + 4,
                        cursor + 0.25f * BODY, lines.get(index + i));
            }
            index += take;
            flow.moveDown(height + 8);
            first = false;
            if (index < lines.size()) {
                flow.newPage();
            }
        }
    }

    /** A coloured pill with white text; returns its width. */
    float badge(String text, RgbColor color, float x, float baseline, float size) throws IOException {
        String t = fonts.bold().drawable(text);
        float w = fonts.bold().width(t, size) + size * 1.3f;
        Ink.roundRect(flow.cs(), color, x, baseline - size * 0.42f, w, size * 1.65f, size * 0.5f);
        Ink.text(flow.cs(), fonts.bold(), size, Palette.WHITE, x + size * 0.65f, baseline, t);
        return w;
    }
}
