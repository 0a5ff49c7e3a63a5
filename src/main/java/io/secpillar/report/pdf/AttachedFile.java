package io.secpillar.report.pdf;

import java.util.Objects;

/**
 * A file carried inside the report as a PDF/A-3 associated file: its name, MIME type, what it is, how it relates
 * to the report ({@code Source} or {@code Data}) and its bytes. Attached before signing, so the signature covers it.
 */
public record AttachedFile(String name, String mimeType, String description, String relationship, byte[] bytes) {

    /** The review's data: answers, risks, plan and evidence, as JSON. */
    public static final String DATA_JSON = "review-data.json";
    /** Every evidence result, as CSV. */
    public static final String RESULTS_CSV = "evidence-results.csv";

    public AttachedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
