package io.secpillar.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word where it must (long ARNs and
 * resource ids have no spaces). Explicit line breaks in the text start new lines.
 */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> lines(PdfFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : normalized.split("\n", -1)) {
            wrapParagraph(font, size, font.drawable(paragraph).strip(), width, lines);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void wrapParagraph(PdfFont font, float size, String text, float width, List<String> out) {
        if (text.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = font.width(" ", size);
        for (String word : text.split(" +")) {
            float w = font.width(word, size);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= width) {
                line.append(word);
                lineWidth = w;
            } else {
                lineWidth = breakWord(font, size, word, width, out, line);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }

    /** Splits a word wider than the line; full pieces go out, the last piece stays in {@code line}. */
    private static float breakWord(PdfFont font, float size, String word, float width, List<String> out,
                                   StringBuilder line) {
        float w = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = font.width(ch, size);
            if (w + cw > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(ch);
            w += cw;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Cuts lines to at most {@code max}, ending the last kept line with an ellipsis. */
    static List<String> limit(List<String> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.max(1, max)));
        kept.set(kept.size() - 1, kept.get(kept.size() - 1) + " …");
        return kept;
    }
}
