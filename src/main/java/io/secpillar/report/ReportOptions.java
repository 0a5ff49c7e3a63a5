package io.secpillar.report;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the consultant chose for one export: the sections, the branding, and the name the report is issued by
 * (the signer when signed, else the reviewer).
 */
public record ReportOptions(Set<ReportSection> sections, Branding branding, String issuedBy) {

    public ReportOptions {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        Objects.requireNonNull(branding, "branding");
        issuedBy = issuedBy == null ? "" : issuedBy.strip();
    }

    public static ReportOptions everything(Branding branding, String issuedBy) {
        return new ReportOptions(EnumSet.allOf(ReportSection.class), branding, issuedBy);
    }
}
