package io.secpillar.report.pdf;

/** An export that could not finish for a reason the consultant can act on; nothing was left at the target path. */
public final class ReportExportException extends RuntimeException {

    public ReportExportException(String message) {
        super(message);
    }

    public ReportExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
