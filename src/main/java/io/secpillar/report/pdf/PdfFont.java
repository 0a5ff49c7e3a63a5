package io.secpillar.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded report font (DejaVu Sans, subset on save) with two things PDFBox leaves to us: text the font
 * cannot draw is replaced by a visible stand-in instead of failing, and glyph widths are cached, because the
 * layout measures every cell of tables with thousands of rows.
 */
final class PdfFont {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** Shown where the font has no glyph: the Unicode replacement character, else a question mark. */
    private final String fallback;
    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private PdfFont(PDType0Font font) {
        this.font = font;
        this.fallback = canDraw(0xFFFD) ? "\uFFFD" : "?";
    }

    static PdfFont load(PDDocument doc, String resource) {
        try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + resource + " is missing from the application.");
            }
            return new PdfFont(PDType0Font.load(doc, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font " + resource, e);
        }
    }

    PDType0Font pdfont() {
        return font;
    }

    /**
     * The text as it can be drawn on one line: tabs become spaces, other control characters and line breaks are
     * dropped, and characters without a glyph become the fallback.
     */
    String drawable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                replacement = " ";
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                replacement = "";
            } else if (!canDraw(cp)) {
                replacement = fallback;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** Width in points of already drawable text. */
    float width(String drawableText, float size) {
        float units = 0;
        for (int i = 0; i < drawableText.length(); ) {
            int cp = drawableText.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private float measure(int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            return 600f;
        }
    }

    private boolean canDraw(int cp) {
        return drawable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
