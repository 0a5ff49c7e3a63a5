package io.secpillar.report;

import java.util.Objects;
import java.util.Set;

/**
 * What the consultant chose for one export: the sections (by id, as the renderer's list names them), the branding,
 * and the name the report is issued by (the signer when signed, else the reviewer).
 */
public record ReportOptions(Set<String> sections, Branding branding, String issuedBy) {

    public ReportOptions {
        sections = Set.copyOf(sections);
        Objects.requireNonNull(branding, "branding");
        issuedBy = issuedBy == null ? "" : issuedBy.strip();
    }
}
