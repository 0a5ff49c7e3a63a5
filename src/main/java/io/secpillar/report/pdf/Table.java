package io.secpillar.report.pdf;

import io.secpillar.report.RgbColor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table drawn row by row as rows arrive (so 5,000 results never sit in memory as layout): it splits across
 * pages between rows, repeats its header row on every page, stripes rows, and wraps long cells.
 */
final class Table {

    /** A column: its header, its share of the width, and whether it is right-aligned (numbers). */
    record Column(String header, float weight, boolean right) {
        static Column of(String header, float weight) {
            return new Column(header, weight, false);
        }

        static Column number(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /** A cell: text, optionally bold, coloured, or shown as a coloured badge. */
    record Cell(String text, boolean bold, Optional<RgbColor> color, Optional<RgbColor> badge) {
        static Cell of(String text) {
            return new Cell(text, false, Optional.empty(), Optional.empty());
        }

        static Cell bold(String text) {
            return new Cell(text, true, Optional.empty(), Optional.empty());
        }

        static Cell colored(String text, RgbColor color) {
            return new Cell(text, true, Optional.of(color), Optional.empty());
        }

        static Cell badge(String text, RgbColor color) {
            return new Cell(text, true, Optional.empty(), Optional.of(color));
        }
    }

    private static final float PAD_X = 5;
    private static final float PAD_Y = 4;

    private final PageFlow flow;
    private final Fonts fonts;
    private final List<Column> columns;
    private final float size;
    private final float leading;
    private final float[] widths;
    private int rows;
    private boolean headerOnPage;
    /** The Table element, opened with the first header row; later header rows repeat it and are artifacts. */
    private Tags.Tag tag;

    Table(PageFlow flow, List<Column> columns, float size) {
        this.flow = flow;
        this.fonts = flow.fonts();
        this.columns = List.copyOf(columns);
        this.size = size;
        this.leading = size * 1.3f;
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).weight() / total;
        }
    }

    void row(Cell... cells) throws IOException {
        row(List.of(cells));
    }

    void row(List<Cell> cells) throws IOException {
        List<List<String>> content = new ArrayList<>(cells.size());
        int maxLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
            PdfFont font = cell.bold() ? fonts.bold() : fonts.regular();
            List<String> lines = cell.badge().isPresent() ? List.of(font.drawable(cell.text()))
                    : TextWrap.lines(font, size, cell.text(), widths[i] - 2 * PAD_X);
            content.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float capacity = PageFlow.TOP - PageFlow.BOTTOM - headerHeight() - 2 * PAD_Y;
        int maxFit = (int) Math.floor(capacity / leading);
        if (maxLines > maxFit) {
            for (int i = 0; i < content.size(); i++) {
                content.set(i, TextWrap.limit(content.get(i), maxFit));
            }
            maxLines = maxFit;
        }
        float height = maxLines * leading + 2 * PAD_Y;
        if (!headerOnPage || flow.y() - height < PageFlow.BOTTOM) {
            if (headerOnPage || flow.y() - height - headerHeight() < PageFlow.BOTTOM) {
                flow.newPage();
            }
            header();
        }
        float top = flow.y();
        if (rows % 2 == 1) {
            Ink.rect(flow.cs(), Palette.ZEBRA, flow.left(), top - height, flow.width(), height);
        }
        float x = flow.left();
        try (Tags.Tag row = flow.tags().open("TR")) {
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
                try (Tags.Tag td = flow.tags().open("TD")) {
                    drawCell(cell, content.get(i), x, top, widths[i], columns.get(i).right());
                }
                x += widths[i];
            }
        }
        Ink.line(flow.cs(), Palette.RULE, 0.4f, flow.left(), top - height, flow.right(), top - height);
        flow.moveDown(height);
        rows++;
    }

    /** Ends the table and leaves a little space below it. */
    void end() {
        if (tag != null) {
            tag.close();
        }
        flow.moveDown(10);
    }

    private void drawCell(Cell cell, List<String> lines, float x, float top, float width, boolean right)
            throws IOException {
        PdfFont font = cell.bold() ? fonts.bold() : fonts.regular();
        if (cell.badge().isPresent()) {
            String t = lines.get(0);
            float w = Math.min(width - 2 * PAD_X, font.width(t, size - 0.5f) + 8);
            float h = leading + 1;
            Ink.roundRect(flow.cs(), cell.badge().get(), x + PAD_X - 1, top - PAD_Y - h + 1, w, h, 3);
            Ink.text(flow.cs(), font, size - 0.5f, Palette.WHITE, x + PAD_X + 3, top - PAD_Y - leading + 0.32f * size, t);
            return;
        }
        RgbColor color = cell.color().orElse(Palette.TEXT);
        float baseline = top - PAD_Y - leading + 0.3f * size;
        for (String line : lines) {
            float tx = right ? x + width - PAD_X - font.width(line, size) : x + PAD_X;
            Ink.text(flow.cs(), font, size, color, tx, baseline, line);
            baseline -= leading;
        }
    }

    private float headerHeight() {
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            lines = Math.max(lines, TextWrap.lines(fonts.bold(), size, columns.get(i).header(),
                    widths[i] - 2 * PAD_X).size());
        }
        return lines * leading + 2 * PAD_Y;
    }

    private void header() throws IOException {
        if (tag == null) {
            tag = flow.tags().open("Table");
            try (Tags.Tag row = flow.tags().open("TR")) {
                drawHeader(true);
            }
        } else {
            try (Tags.Tag repeated = flow.tags().artifact()) {
                drawHeader(false);
            }
        }
    }

    private void drawHeader(boolean tagged) throws IOException {
        float height = headerHeight();
        float top = flow.y();
        Ink.rect(flow.cs(), flow.palette().primary(), flow.left(), top - height, flow.width(), height);
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            float baseline = top - PAD_Y - leading + 0.3f * size;
            try (Tags.Tag th = tagged ? flow.tags().openHeaderCell() : flow.tags().artifact()) {
                for (String line : TextWrap.lines(fonts.bold(), size, columns.get(i).header(), widths[i] - 2 * PAD_X)) {
                    float tx = columns.get(i).right() ? x + widths[i] - PAD_X - fonts.bold().width(line, size) : x + PAD_X;
                    Ink.text(flow.cs(), fonts.bold(), size, Palette.WHITE, tx, baseline, line);
                    baseline -= leading;
                }
            }
            x += widths[i];
        }
        flow.moveDown(height);
        headerOnPage = true;
        rows = 0;
    }
}
