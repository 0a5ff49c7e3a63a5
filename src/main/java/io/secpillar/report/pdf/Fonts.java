package io.secpillar.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

/** The two faces the report uses, embedded in one document. */
record Fonts(PdfFont regular, PdfFont bold) {

    static Fonts load(PDDocument doc) {
        return new Fonts(PdfFont.load(doc, PdfFont.REGULAR), PdfFont.load(doc, PdfFont.BOLD));
    }
}
