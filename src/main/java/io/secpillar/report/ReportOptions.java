package io.secpillar.report;

import java.util.Objects;
import java.util.Set;

/**
 * What the consultant chose for one export: the sections (by id, as the renderer's list names them), the branding,
 * the name the report is issued by (the signer when signed, else the reviewer), and whether account ids and
 * resource names are masked (the copy for a board or an insurer).
 */
public record ReportOptions(Set<String> sections, Branding branding, String issuedBy, boolean masked) {

    public ReportOptions {
        sections = Set.copyOf(sections);
        Objects.requireNonNull(branding, "branding");
        issuedBy = issuedBy == null ? "" : issuedBy.strip();
    }

    public ReportOptions(Set<String> sections, Branding branding, String issuedBy) {
        this(sections, branding, issuedBy, false);
    }

    public ReportOptions masking(boolean mask) {
        return new ReportOptions(sections, branding, issuedBy, mask);
    }
}
