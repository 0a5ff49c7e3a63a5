package io.secpillar.report.pdf;

import org.apache.pdfbox.pdmodel.PDPage;

/** A heading's place in the document, for the outline and the table of contents. Level 1 or 2. */
record Anchor(int level, String title, PDPage page, float top) {
}
