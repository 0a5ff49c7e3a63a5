package io.secpillar.report;

/** The document properties a PDF reader shows: title, author, subject and keywords. */
public record DocumentInfo(String title, String author, String subject, String keywords) {
}
