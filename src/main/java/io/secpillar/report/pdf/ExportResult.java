package io.secpillar.report.pdf;

import java.nio.file.Path;
import java.util.Optional;

/** A finished export: the file, its pages and size, and the certificate fingerprint when it was signed. */
public record ExportResult(Path file, int pages, long bytes, Optional<String> signedWithFingerprint) {
}
