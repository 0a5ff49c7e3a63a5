package io.secpillar.report.pdf;

import io.secpillar.report.RgbColor;

import java.io.IOException;
import java.util.List;

/**
 * The typographic blocks of the report body: headings, paragraphs, callouts, badges and lists, drawn on a flow
 * and tagged as they are drawn (H1 for a section title, H2 for a heading, one level below for labels and
 * sub-headings, P for paragraphs, L / LI / Lbl / LBody for lists).
 */
final class Blocks {

    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private final PageFlow flow;
    private final Fonts fonts;
    /** The level of the last section title or heading, so labels and sub-headings sit one level below it. */
    private int depth = 1;

    Blocks(PageFlow flow) {
        this.flow = flow;
        this.fonts = flow.fonts();
    }

    PageFlow flow() {
        return flow;
    }

    Tags tags() {
        return flow.tags();
    }

    /** Opens a heading of this level (1 to 6); labels and sub-headings drawn after it go one level below. */
    Tags.Tag openHeading(int level) {
        depth = Math.max(1, Math.min(5, level));
        return flow.tags().open("H" + depth);
    }

    /** A list; inside it, {@link #listItem()} per entry, each with {@link #itemLabel()} and {@link #itemBody()}. */
    Tags.Tag list() {
        return flow.tags().open("L");
    }

    Tags.Tag listItem() {
        return flow.tags().open("LI");
    }

    Tags.Tag itemLabel() {
        return flow.tags().open("Lbl");
    }

    Tags.Tag itemBody() {
        return flow.tags().open("LBody");
    }

    /** A chart: its shapes and labels are one figure, read as {@code alt}. */
    Tags.Tag figure(String alt) {
        return flow.tags().open("Figure").alt(alt);
    }

    /** A section title on a fresh page, with an accent bar, in the outline at level 1. */
    void sectionTitle(String number, String title) throws IOException {
        flow.newPage();
        flow.anchor(1, number.isEmpty() ? title : number + "  " + title);
        float y = flow.y() - 22;
        Ink.rect(flow.cs(), flow.palette().accent(), flow.left(), y - 4, 4, 28);
        String text = fonts.bold().drawable(number.isEmpty() ? title : number + "  " + title);
        try (Tags.Tag h = openHeading(1)) {
            Ink.text(flow.cs(), fonts.bold(), 20, flow.palette().primary(), flow.left() + 14, y + 2, text);
        }
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
        try (Tags.Tag h = openHeading(2)) {
            for (String line : lines) {
                flow.moveDown(15);
                Ink.text(flow.cs(), fonts.bold(), 13, flow.palette().primary(), flow.left(), flow.y(), line);
            }
        }
        flow.moveDown(9);
    }

    /** A bold title with a muted line under it, kept together with the start of what follows. */
    void subheading(String title, String detail) throws IOException {
        flow.ensure(90);
        flow.moveDown(6);
        try (Tags.Tag h = minorHeading()) {
            paragraph(title, fonts.bold(), 10.5f, Palette.TEXT, 0);
        }
        flow.moveDown(-4);
        paragraph(detail, fonts.regular(), 8, Palette.MUTED, 0);
    }

    /** A small bold label above a block. */
    void label(String text) throws IOException {
        flow.ensure(90); // keep the label with the header and first row of what follows
        flow.moveDown(12);
        try (Tags.Tag h = minorHeading()) {
            Ink.text(flow.cs(), fonts.bold(), 9, flow.palette().primary(), flow.left(), flow.y(),
                    fonts.bold().drawable(text.toUpperCase(java.util.Locale.ROOT)));
        }
        flow.moveDown(6);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, fonts.regular(), BODY, Palette.TEXT, 0);
    }

    void muted(String text) throws IOException {
        paragraph(text, fonts.regular(), SMALL + 0.5f, Palette.MUTED, 0);
    }

    /** Wrapped text, breaking across pages between lines: one paragraph (or more text of the open heading). */
    void paragraph(String text, PdfFont font, float size, RgbColor color, float indent) throws IOException {
        float leading = size * 1.42f;
        try (Tags.Tag p = flow.tags().open("P")) {
            for (String line : TextWrap.lines(font, size, text, flow.width() - indent)) {
                flow.ensure(leading);
                flow.moveDown(leading);
                Ink.text(flow.cs(), font, size, color, flow.left() + indent, flow.y() + 0.25f * size, line);
            }
        }
        flow.moveDown(size * 0.6f);
    }

    /** A heading one level below the last section title or heading; it does not change that level. */
    private Tags.Tag minorHeading() {
        return flow.tags().open("H" + Math.min(6, depth + 1));
    }

    /** Text on a tinted panel with a coloured edge: notes, not-applicable reasons, the no-evidence notice. */
    void callout(String title, String text, RgbColor edge) throws IOException {
        float pad = 9;
        float width = flow.width() - 2 * pad - 4;
        List<String> lines = TextWrap.lines(fonts.regular(), BODY, text, width);
        float leading = BODY * 1.42f;
        int index = 0;
        boolean first = true;
        Tags.Tag body = null; // one paragraph, even when the panel goes on over the next page
        try {
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
                    try (Tags.Tag p = flow.tags().open("P")) {
                        Ink.text(flow.cs(), fonts.bold(), 9, edge, flow.left() + pad + 4, cursor,
                                fonts.bold().drawable(title));
                    }
                    cursor -= 4;
                    body = flow.tags().open("P");
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
        } finally {
            if (body != null) {
                body.close();
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
