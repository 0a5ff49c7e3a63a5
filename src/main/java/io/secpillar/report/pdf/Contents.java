package io.secpillar.report.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.util.List;

/**
 * Finishing touches once every page exists: the table of contents (inserted after the cover, with links), the
 * outline (bookmarks), and the footer with "page X of Y" on every page but the cover.
 */
final class Contents {

    private static final float LINE = 19;

    private Contents() {
    }

    static int pagesNeeded(int entries) {
        int perPage = (int) ((PageFlow.TOP - PageFlow.BOTTOM - 60) / LINE);
        return Math.max(1, (entries + perPage - 1) / perPage);
    }

    /** Inserts the contents pages after the cover and returns how many were inserted. */
    static int insertTableOfContents(PDDocument doc, Fonts fonts, Palette palette, Tags tags, int structureIndex,
                                     List<Anchor> anchors, String runningTitle, String runningRight)
            throws IOException {
        int tocPages = pagesNeeded(anchors.size());
        PDPage after = doc.getPage(0);
        PDPage[] pages = new PDPage[tocPages];
        for (int p = 0; p < tocPages; p++) {
            pages[p] = new PDPage(PageFlow.SIZE);
            doc.getPages().insertAfter(pages[p], after);
            after = pages[p];
        }
        int index = 0;
        try (Tags.Tag section = tags.openInDocument("Sect", structureIndex)) {
            for (int p = 0; p < tocPages; p++) {
                PDPage page = pages[p];
                page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                try (Canvas cs = new Canvas(new PDPageContentStream(doc, page), page, tags)) {
                    header(cs, fonts, palette, runningTitle, runningRight);
                    float y = PageFlow.TOP - 22;
                    if (p == 0) {
                        Ink.rect(cs, palette.accent(), PageFlow.MARGIN_X, y - 4, 4, 28);
                        try (Tags.Tag h = tags.open("H1")) {
                            Ink.text(cs, fonts.bold(), 20, palette.primary(), PageFlow.MARGIN_X + 14, y + 2, "Contents");
                        }
                    }
                    y -= 44;
                    try (Tags.Tag toc = tags.open("TOC")) {
                        while (index < anchors.size() && y > PageFlow.BOTTOM + 10) {
                            Anchor a = anchors.get(index++);
                            int number = doc.getPages().indexOf(a.page()) + 1;
                            try (Tags.Tag item = tags.open("TOCI"); Tags.Tag link = tags.open("Link")) {
                                entry(page, cs, fonts, palette, a, number, y);
                            }
                            y -= a.level() == 1 ? LINE + 4 : LINE;
                        }
                    }
                }
            }
        }
        return tocPages;
    }

    private static void entry(PDPage page, Canvas cs, Fonts fonts, Palette palette,
                              Anchor a, int number, float y) throws IOException {
        boolean top = a.level() == 1;
        PdfFont font = top ? fonts.bold() : fonts.regular();
        float size = top ? 10.5f : 9.5f;
        float x = PageFlow.MARGIN_X + (top ? 0 : 18);
        float right = PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X;
        String num = String.valueOf(number);
        float numWidth = font.width(num, size);
        String title = font.drawable(a.title());
        float max = right - x - numWidth - 30;
        List<String> lines = TextWrap.limit(TextWrap.lines(font, size, title, max), 1);
        String shown = lines.get(0);
        Ink.text(cs, font, size, top ? palette.primary() : Palette.TEXT, x, y, shown);
        float dotsFrom = x + font.width(shown, size) + 6;
        float dotsTo = right - numWidth - 6;
        float dot = fonts.regular().width(".", size);
        if (dotsTo > dotsFrom) {
            String dots = ".".repeat(Math.max(0, (int) ((dotsTo - dotsFrom) / (dot + 1.2f))));
            Ink.leader(cs, fonts.regular(), size, Palette.RULE, dotsFrom, y, 1.2f, dots);
        }
        Ink.text(cs, font, size, Palette.TEXT, right - numWidth, y, num);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setPrinted(true);
        link.setContents("Go to " + a.title() + ", page " + number);
        link.setRectangle(new PDRectangle(x, y - 4, right - x, size + 6));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(destination(a));
        link.setAction(go);
        page.getAnnotations().add(link);
        cs.tags().annotation(link, page);
    }

    static void outline(PDDocument doc, List<Anchor> anchors) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem parent = null;
        for (Anchor a : anchors) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(a.title());
            item.setDestination(destination(a));
            if (a.level() == 1 || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        outline.openNode();
    }

    static void footers(PDDocument doc, Fonts fonts, Tags tags, String left) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 1; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (Canvas cs = new Canvas(new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true), page, tags); Tags.Tag artifact = tags.artifact()) {
                float y = 34;
                Ink.line(cs, Palette.RULE, 0.5f, PageFlow.MARGIN_X, y + 12,
                        PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X, y + 12);
                Ink.text(cs, fonts.regular(), 7.5f, Palette.MUTED, PageFlow.MARGIN_X, y, fonts.regular().drawable(left));
                String n = "Page " + (i + 1) + " of " + total;
                Ink.text(cs, fonts.regular(), 7.5f, Palette.MUTED,
                        PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X - fonts.regular().width(n, 7.5f), y, n);
            }
        }
    }

    /** The running header: an artifact, since it repeats what the cover and the bookmarks say. */
    static void header(Canvas cs, Fonts fonts, Palette palette, String title, String right) throws IOException {
        try (Tags.Tag artifact = cs.tags().artifact()) {
            drawHeader(cs, fonts, palette, title, right);
        }
    }

    private static void drawHeader(Canvas cs, Fonts fonts, Palette palette, String title, String right)
            throws IOException {
        float base = PageFlow.SIZE.getHeight() - 40;
        Ink.text(cs, fonts.regular(), 7.5f, Palette.MUTED, PageFlow.MARGIN_X, base, fonts.regular().drawable(title));
        String r = fonts.regular().drawable(right);
        Ink.text(cs, fonts.regular(), 7.5f, Palette.MUTED,
                PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X - fonts.regular().width(r, 7.5f), base, r);
        Ink.line(cs, palette.primary(), 0.8f, PageFlow.MARGIN_X, base - 7,
                PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X, base - 7);
    }

    private static PDPageXYZDestination destination(Anchor a) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(a.page());
        d.setLeft(0);
        d.setTop((int) a.top());
        return d;
    }
}
