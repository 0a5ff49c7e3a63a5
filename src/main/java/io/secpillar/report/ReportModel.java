package io.secpillar.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The whole report as data, ready for a renderer: built from a review snapshot and its evidence, never from
 * the PDF library. Sections not chosen are still present here; {@link #sections()} says which to print.
 */
public record ReportModel(Set<ReportSection> sections, Branding branding, DocumentInfo info, ReportCover cover,
                          ExecutiveSummary summary, List<QuestionSection> questions, List<ImprovementItem> plan,
                          int unansweredQuestions, EvidenceAppendix appendix) {

    public ReportModel {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        questions = List.copyOf(questions);
        plan = List.copyOf(plan);
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }
}
