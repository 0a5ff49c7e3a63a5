package io.secpillar.report.pdf;

/** Where the renderer left room for the signature field: page index and rectangle in PDF points. */
public record SignatureSlot(int pageIndex, float x, float y, float width, float height) {
}
