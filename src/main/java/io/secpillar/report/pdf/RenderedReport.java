package io.secpillar.report.pdf;

/** An unsigned report: its bytes, its page count, and the room kept for the signature field. */
public record RenderedReport(byte[] pdf, int pages, SignatureSlot signatureSlot) {
}
