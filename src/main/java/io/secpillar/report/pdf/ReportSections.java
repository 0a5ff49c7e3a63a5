package io.secpillar.report.pdf;

import io.secpillar.report.Branding;
import io.secpillar.report.ReportOptions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sections of the report, in the order they are printed. The PDF and its contents, the export dialog's check
 * boxes and the command line's {@code --sections} all read this list: a new section is one
 * {@link SectionRenderer} and one line here (see CONTRIBUTING.md, "Adding a report section").
 */
public final class ReportSections {

    public static final List<SectionRenderer> ALL = List.of(
            new SummarySection(),
            new AccountsSection(),
            new QuestionsSection(),
            new PlanSection(),
            new AppendixSection());

    private ReportSections() {
    }

    /** Every section's id, in order: the default choice, and what {@code --sections} accepts. */
    public static List<String> ids() {
        return ALL.stream().map(SectionRenderer::id).toList();
    }

    /** Options that print every section. */
    public static ReportOptions everything(Branding branding, String issuedBy) {
        return new ReportOptions(Set.copyOf(ids()), branding, issuedBy);
    }

    public static Optional<SectionRenderer> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
