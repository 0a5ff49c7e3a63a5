package io.secpillar.report.pdf;

import io.secpillar.report.RgbColor;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;

/** Small drawing steps on a page's canvas, with our colour type and already drawable text. */
final class Ink {

    private Ink() {
    }

    /** Text on one line, tagged as content of the open structure element. */
    static void text(Canvas canvas, PdfFont font, float size, RgbColor color, float x, float baseline,
                     String drawable) throws IOException {
        if (drawable.isEmpty()) {
            return;
        }
        canvas.text(cs -> {
            cs.beginText();
            cs.setFont(font.pdfont(), size);
            fill(cs, color);
            cs.newLineAtOffset(x, baseline);
            show(cs, font, drawable);
            cs.endText();
        });
    }

    /** Text that only decorates (the dotted leaders of the contents): an artifact. */
    static void leader(Canvas canvas, PdfFont font, float size, RgbColor color, float x, float baseline,
                       float spacing, String drawable) throws IOException {
        try (Tags.Tag artifact = canvas.tags().artifact()) {
            canvas.text(cs -> {
                cs.beginText();
                cs.setFont(font.pdfont(), size);
                fill(cs, color);
                cs.setCharacterSpacing(spacing);
                cs.newLineAtOffset(x, baseline);
                show(cs, font, drawable);
                cs.setCharacterSpacing(0);
                cs.endText();
            });
        }
    }

    static void image(Canvas canvas, PDImageXObject image, float x, float y, float w, float h) throws IOException {
        canvas.shape(cs -> cs.drawImage(image, x, y, w, h));
    }

    /**
     * Writes the text as glyph ids, the way PDFBox does for a font without substitution tables. PDFBox 3 runs
     * DejaVu's GSUB table through its Latin shaper on every string (compiling regular expressions each time),
     * which doubled the time of a 5,000-row report; the scripts we print (Latin, Greek, Cyrillic, symbols)
     * need no shaping, and glyphs, widths, subsetting and text extraction stay the same.
     */
    @SuppressWarnings("deprecation")
    static void show(PDPageContentStream cs, PdfFont font, String drawable) throws IOException {
        byte[] glyphs = font.pdfont().encode(drawable);
        if (font.pdfont().willBeSubset()) {
            drawable.codePoints().forEach(font.pdfont()::addToSubset);
        }
        StringBuilder hex = new StringBuilder(glyphs.length * 2 + 6).append('<');
        for (byte b : glyphs) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        cs.appendRawCommands(hex.append("> Tj\n").toString());
    }

    static void rect(Canvas canvas, RgbColor color, float x, float y, float w, float h) throws IOException {
        canvas.shape(cs -> {
            fill(cs, color);
            cs.addRect(x, y, w, h);
            cs.fill();
        });
    }

    /** A rectangle with rounded corners (radius r), drawn with Bézier quarter circles. */
    static void roundRect(Canvas canvas, RgbColor color, float x, float y, float w, float h, float r)
            throws IOException {
        canvas.shape(cs -> roundPath(cs, color, x, y, w, h, r));
    }

    private static void roundPath(PDPageContentStream cs, RgbColor color, float x, float y, float w, float h, float r)
            throws IOException {
        float k = 0.5523f * r;
        fill(cs, color);
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
        cs.fill();
    }

    static void line(Canvas canvas, RgbColor color, float width, float x1, float y1, float x2, float y2)
            throws IOException {
        canvas.shape(cs -> {
            cs.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        });
    }

    static void fill(PDPageContentStream cs, RgbColor color) throws IOException {
        cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
    }
}
