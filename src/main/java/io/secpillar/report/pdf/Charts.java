package io.secpillar.report.pdf;

import io.secpillar.report.pdf.SummarySection.Segment;

import java.io.IOException;
import java.util.List;

/** Charts drawn as vector shapes (they stay sharp at any zoom and their labels stay searchable text). */
final class Charts {

    private Charts() {
    }

    /** A proportional bar over the full width, then one labelled bar per value. */
    static void bars(Blocks blocks, List<Segment> segments) throws IOException {
        try (Tags.Tag figure = blocks.figure("Bar chart: " + describe(segments))) {
            drawBars(blocks, segments);
        }
    }

    /** What a chart shows, in words, for readers who cannot see it: "High risk 3, Medium risk 2, …". */
    static String describe(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(b.length() == 0 ? "" : ", ").append(s.label()).append(' ').append(s.value());
        }
        return b.append('.').toString();
    }

    private static void drawBars(Blocks blocks, List<Segment> segments) throws IOException {
        PageFlow flow = blocks.flow();
        Fonts fonts = flow.fonts();
        flow.ensure(30 + segments.size() * 19);
        stackedBar(flow, segments, 14);
        int max = Math.max(1, segments.stream().mapToInt(Segment::value).max().orElse(1));
        float labelWidth = 110;
        float barSpace = flow.width() - labelWidth - 40;
        for (Segment s : segments) {
            flow.moveDown(19);
            float base = flow.y();
            Ink.roundRect(flow.cs(), s.color(), flow.left(), base - 1, 9, 9, 2);
            Ink.text(flow.cs(), fonts.regular(), 9, Palette.TEXT, flow.left() + 15, base, fonts.regular().drawable(s.label()));
            float w = s.value() == 0 ? 0 : Math.max(3, barSpace * s.value() / max);
            Ink.rect(flow.cs(), Palette.ZEBRA, flow.left() + labelWidth, base - 3, barSpace, 13);
            if (w > 0) {
                Ink.rect(flow.cs(), s.color(), flow.left() + labelWidth, base - 3, w, 13);
            }
            String n = String.valueOf(s.value());
            Ink.text(flow.cs(), fonts.bold(), 9.5f, Palette.TEXT, flow.left() + labelWidth + barSpace + 10, base, n);
        }
        flow.moveDown(16);
    }

    /** One proportional bar with a legend line under it. */
    static void stacked(Blocks blocks, List<Segment> segments) throws IOException {
        try (Tags.Tag figure = blocks.figure("Proportional bar: " + describe(segments))) {
            drawStacked(blocks, segments);
        }
    }

    private static void drawStacked(Blocks blocks, List<Segment> segments) throws IOException {
        PageFlow flow = blocks.flow();
        Fonts fonts = flow.fonts();
        flow.ensure(44);
        stackedBar(flow, segments, 16);
        flow.moveDown(16);
        float x = flow.left();
        for (Segment s : segments) {
            Ink.roundRect(flow.cs(), s.color(), x, flow.y() - 1, 9, 9, 2);
            String t = fonts.regular().drawable(s.label() + "  " + s.value());
            Ink.text(flow.cs(), fonts.regular(), 8.5f, Palette.TEXT, x + 13, flow.y(), t);
            x += 13 + fonts.regular().width(t, 8.5f) + 18;
        }
        flow.moveDown(14);
    }

    /** Coloured count chips in one row. */
    static void chips(Blocks blocks, List<Segment> segments) throws IOException {
        PageFlow flow = blocks.flow();
        flow.ensure(30);
        flow.moveDown(16);
        float x = flow.left();
        try (Tags.Tag figure = blocks.figure("Counts: " + describe(segments))) {
            for (Segment s : segments) {
                x += blocks.badge(s.label() + "  " + s.value(), s.color(), x, flow.y(), 9) + 10;
            }
        }
        flow.moveDown(12);
    }

    private static void stackedBar(PageFlow flow, List<Segment> segments, float height) throws IOException {
        int total = segments.stream().mapToInt(Segment::value).sum();
        flow.moveDown(height + 4);
        float y = flow.y();
        if (total == 0) {
            Ink.rect(flow.cs(), Palette.ZEBRA, flow.left(), y, flow.width(), height);
            return;
        }
        float x = flow.left();
        for (Segment s : segments) {
            if (s.value() > 0) {
                float w = flow.width() * s.value() / total;
                Ink.rect(flow.cs(), s.color(), x, y, w, height);
                x += w;
            }
        }
    }
}
